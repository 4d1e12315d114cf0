package ca.concerto.plan.api;

import java.time.Instant;

/**
 * The recorded decision of an adopting body on a plan. A record never changes once written.
 *
 * @param decidedBy          the username of the board member who recorded the decision
 * @param versionNumber      the number of the plan version decided on (the version recorded when
 *                           the plan was submitted; see {@link PlanDocumentService#versions}); null
 *                           for a decision recorded before versions existed
 * @param versionFingerprint that version's fingerprint (SHA-256 of its canonical interchange form,
 *                           lower-case hex): what was decided on, exactly; null with versionNumber
 */
public record AdoptionDecision(long id, long planId, String regroupementId, DecisionOutcome outcome,
                               String body, String decidedBy, Instant decidedAt, String comment,
                               Integer versionNumber, String versionFingerprint) {

    /** A decision not bound to a version (stores and tests written before versions). */
    public AdoptionDecision(long id, long planId, String regroupementId, DecisionOutcome outcome, String body,
                            String decidedBy, Instant decidedAt, String comment) {
        this(id, planId, regroupementId, outcome, body, decidedBy, decidedAt, comment, null, null);
    }
}
