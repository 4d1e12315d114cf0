package ca.concerto.plan.store.impl;

import java.time.OffsetDateTime;

import ca.concerto.cycle.api.ConsultationInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "consultation_input")
public class ConsultationInputEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cycle_record_seq")
    @SequenceGenerator(name = "cycle_record_seq", sequenceName = "cycle_record_seq", allocationSize = 50)
    private long id;

    @Column(name = "regroupement_id", nullable = false, updatable = false)
    private String regroupementId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "input_text", nullable = false, updatable = false)
    private String text;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    protected ConsultationInputEntity() {
    }

    ConsultationInputEntity(String regroupementId, long cycleId, long organizationId, String text, String submittedBy,
                            OffsetDateTime submittedAt) {
        this.regroupementId = regroupementId;
        this.cycleId = cycleId;
        this.organizationId = organizationId;
        this.text = text;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    ConsultationInput toApi() {
        return new ConsultationInput(id, cycleId, organizationId, text, submittedBy, submittedAt.toInstant());
    }
}
