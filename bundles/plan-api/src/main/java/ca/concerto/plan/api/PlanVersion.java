package ca.concerto.plan.api;

import java.time.Instant;

/**
 * An immutable version of a plan's document, as submitted or recorded.
 *
 * @param number      1, 2, 3... within the plan
 * @param fingerprint SHA-256 (lower-case hex) of the document's canonical interchange form
 */
public record PlanVersion(long planId, int number, String fingerprint, Instant createdAt, String createdBy,
                          String note) {
}
