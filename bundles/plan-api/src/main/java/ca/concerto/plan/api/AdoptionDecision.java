package ca.concerto.plan.api;

import java.time.Instant;

/**
 * The recorded decision of an adopting body on a plan. A record never changes once written.
 *
 * @param decidedBy the username of the board member who recorded the decision
 */
public record AdoptionDecision(long id, long planId, String regroupementId, DecisionOutcome outcome,
                               String body, String decidedBy, Instant decidedAt, String comment) {
}
