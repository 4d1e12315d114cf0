package ca.concerto.plan.store.impl;

import java.time.OffsetDateTime;

import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A decision is written once: no column is updatable and the class has no setters. */
@Entity
@Table(name = "adoption_decision")
public class AdoptionDecisionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adoption_decision_seq")
    @SequenceGenerator(name = "adoption_decision_seq", sequenceName = "adoption_decision_seq", allocationSize = 50)
    private long id;

    @Column(name = "regroupement_id", nullable = false, updatable = false)
    private String regroupementId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DecisionOutcome outcome;

    @Column(name = "adopting_body", updatable = false)
    private String body;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private OffsetDateTime decidedAt;

    @Column(name = "decision_comment", updatable = false)
    private String comment;

    @Column(name = "version_number", updatable = false)
    private Integer versionNumber;

    @Column(name = "version_fingerprint", updatable = false)
    private String versionFingerprint;

    protected AdoptionDecisionEntity() {
    }

    AdoptionDecisionEntity(String regroupementId, long planId, DecisionOutcome outcome, String body,
                           String decidedBy, OffsetDateTime decidedAt, String comment, Integer versionNumber,
                           String versionFingerprint) {
        this.regroupementId = regroupementId;
        this.planId = planId;
        this.outcome = outcome;
        this.body = body;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.comment = comment;
        this.versionNumber = versionNumber;
        this.versionFingerprint = versionFingerprint;
    }

    AdoptionDecision toApi() {
        return new AdoptionDecision(id, planId, regroupementId, outcome, body, decidedBy, decidedAt.toInstant(),
                comment, versionNumber, versionFingerprint);
    }
}
