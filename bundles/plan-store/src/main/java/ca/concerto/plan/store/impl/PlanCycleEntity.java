package ca.concerto.plan.store.impl;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;

import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.PlanCycle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "plan_cycle")
public class PlanCycleEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cycle_record_seq")
    @SequenceGenerator(name = "cycle_record_seq", sequenceName = "cycle_record_seq", allocationSize = 50)
    private long id;

    @Column(name = "regroupement_id", nullable = false, updatable = false)
    private String regroupementId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(nullable = false, updatable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CyclePhase phase;

    @Column(name = "adopting_body", nullable = false, updatable = false)
    private String adoptingBody;

    @Column(name = "previous_plan_id", updatable = false)
    private Long previousPlanId;

    @Column(name = "carried_over_keys", updatable = false)
    private String carriedOverKeys;

    @Column(name = "consultation_deadline", nullable = false, updatable = false)
    private LocalDate consultationDeadline;

    @Column(name = "drafting_committee")
    private String draftingCommittee;

    @Column(name = "comment_deadline")
    private LocalDate commentDeadline;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "launched_by", nullable = false, updatable = false)
    private String launchedBy;

    @Column(name = "launched_at", nullable = false, updatable = false)
    private OffsetDateTime launchedAt;

    @Version
    private long revision;

    protected PlanCycleEntity() {
    }

    PlanCycleEntity(String regroupementId, long planId, String period, String adoptingBody, Long previousPlanId,
                    List<String> carriedOverKeys, LocalDate consultationDeadline, String launchedBy,
                    OffsetDateTime launchedAt) {
        this.regroupementId = regroupementId;
        this.planId = planId;
        this.period = period;
        this.phase = CyclePhase.CONSULTATION;
        this.adoptingBody = adoptingBody;
        this.previousPlanId = previousPlanId;
        this.carriedOverKeys = CycleLines.join(carriedOverKeys);
        this.consultationDeadline = consultationDeadline;
        this.launchedBy = launchedBy;
        this.launchedAt = launchedAt;
    }

    long id() { return id; }
    String regroupementId() { return regroupementId; }
    long planId() { return planId; }
    CyclePhase phase() { return phase; }
    Long previousPlanId() { return previousPlanId; }
    List<String> draftingCommittee() { return CycleLines.split(draftingCommittee); }

    void phase(CyclePhase phase) { this.phase = phase; }
    void processInstanceId(String id) { this.processInstanceId = id; }

    void draftingCommittee(List<String> members, LocalDate commentDeadline) {
        this.draftingCommittee = CycleLines.join(members);
        this.commentDeadline = commentDeadline;
    }

    PlanCycle toApi() {
        return new PlanCycle(id, regroupementId, planId, period, phase, adoptingBody, previousPlanId,
                new LinkedHashSet<>(CycleLines.split(carriedOverKeys)), consultationDeadline,
                CycleLines.split(draftingCommittee), commentDeadline, processInstanceId, launchedBy,
                launchedAt.toInstant(), revision);
    }
}
