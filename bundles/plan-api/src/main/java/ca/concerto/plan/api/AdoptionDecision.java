package ca.concerto.plan.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The recorded decision of an adopting body on a plan. A record never changes once written.
 *
 * @param decidedBy          the username of the board member who recorded the decision
 * @param versionNumber      the number of the plan version decided on (the version recorded when
 *                           the plan was submitted; see {@link PlanDocumentService#versions}); null
 *                           for a decision recorded before versions existed
 * @param versionFingerprint that version's fingerprint (SHA-256 of its canonical interchange form,
 *                           lower-case hex): what was decided on, exactly; null with versionNumber
 * @param decidedOn          the date of the meeting or written resolution (that of decidedAt for
 *                           decisions recorded without one)
 * @param resolutionNumber   the body's resolution number, null if none was given
 * @param vote               the vote, null for a written resolution or a decision without one
 * @param writtenResolution  the signatures of a unanimous written resolution, null otherwise
 */
public record AdoptionDecision(long id, long planId, String regroupementId, DecisionOutcome outcome,
                               String body, String decidedBy, Instant decidedAt, String comment,
                               Integer versionNumber, String versionFingerprint, LocalDate decidedOn,
                               String resolutionNumber, Vote vote, WrittenResolution writtenResolution) {

    /** A decision recorded without resolution number, vote or written resolution. */
    public AdoptionDecision(long id, long planId, String regroupementId, DecisionOutcome outcome, String body,
                            String decidedBy, Instant decidedAt, String comment, Integer versionNumber,
                            String versionFingerprint) {
        this(id, planId, regroupementId, outcome, body, decidedBy, decidedAt, comment, versionNumber,
                versionFingerprint, decidedAt == null ? null : LocalDate.ofInstant(decidedAt, java.time.ZoneOffset.UTC),
                null, null, null);
    }

    /** A decision not bound to a version (stores and tests written before versions). */
    public AdoptionDecision(long id, long planId, String regroupementId, DecisionOutcome outcome, String body,
                            String decidedBy, Instant decidedAt, String comment) {
        this(id, planId, regroupementId, outcome, body, decidedBy, decidedAt, comment, null, null);
    }
}
