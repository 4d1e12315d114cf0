package ca.concerto.plan.store.impl;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;

import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.DecisionRecord;
import ca.concerto.plan.api.Vote;
import ca.concerto.plan.api.WrittenResolution;
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

    @Column(name = "decided_on", updatable = false)
    private LocalDate decidedOn;

    @Column(name = "resolution_number", updatable = false)
    private String resolutionNumber;

    @Column(name = "members_present", updatable = false)
    private Integer membersPresent;

    @Column(updatable = false)
    private Integer quorum;

    @Column(name = "votes_for", updatable = false)
    private Integer votesFor;

    @Column(name = "votes_against", updatable = false)
    private Integer votesAgainst;

    @Column(updatable = false)
    private Integer abstentions;

    /** Usernames of the signing directors, one per line. */
    @Column(updatable = false)
    private String signatories;

    @Column(name = "signed_on", updatable = false)
    private LocalDate signedOn;

    protected AdoptionDecisionEntity() {
    }

    AdoptionDecisionEntity(String regroupementId, long planId, DecisionRecord record, String decidedBy,
                           OffsetDateTime decidedAt, Integer versionNumber, String versionFingerprint) {
        this(regroupementId, planId, record.outcome(), record.body(), decidedBy, decidedAt, record.comment(),
                versionNumber, versionFingerprint);
        this.decidedOn = record.decidedOn();
        this.resolutionNumber = record.resolutionNumber();
        Vote vote = record.vote();
        if (vote != null) {
            this.membersPresent = vote.membersPresent();
            this.quorum = vote.quorum();
            this.votesFor = vote.inFavour();
            this.votesAgainst = vote.against();
            this.abstentions = vote.abstentions();
        }
        WrittenResolution written = record.writtenResolution();
        if (written != null) {
            this.signatories = String.join("\n", written.signatories());
            this.signedOn = written.signedOn();
        }
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
        Vote vote = membersPresent == null ? null
                : new Vote(membersPresent, quorum, votesFor, votesAgainst, abstentions);
        WrittenResolution written = signatories == null ? null
                : new WrittenResolution(Arrays.asList(signatories.split("\n")), signedOn);
        return new AdoptionDecision(id, planId, regroupementId, outcome, body, decidedBy, decidedAt.toInstant(),
                comment, versionNumber, versionFingerprint,
                decidedOn != null ? decidedOn : decidedAt.toLocalDate(), resolutionNumber, vote, written);
    }
}
