package ca.concerto.plan.store.impl;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An organization invited to a cycle's consultation. */
@Entity
@Table(name = "cycle_invitation")
public class CycleInvitationEntity {
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

    @Column(name = "invited_by", nullable = false, updatable = false)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private OffsetDateTime invitedAt;

    protected CycleInvitationEntity() {
    }

    CycleInvitationEntity(String regroupementId, long cycleId, long organizationId, String invitedBy,
                          OffsetDateTime invitedAt) {
        this.regroupementId = regroupementId;
        this.cycleId = cycleId;
        this.organizationId = organizationId;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    long organizationId() { return organizationId; }
    OffsetDateTime invitedAt() { return invitedAt; }
}
