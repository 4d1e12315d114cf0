package ca.concerto.cycle.api;

import java.time.Instant;

/** What one member or partner organization sent to the consultation: needs, bons coups, priorities. */
public record ConsultationInput(long id, long cycleId, long organizationId, String text, String submittedBy,
                                Instant submittedAt) {
}
