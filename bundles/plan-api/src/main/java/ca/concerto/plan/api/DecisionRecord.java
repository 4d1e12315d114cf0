package ca.concerto.plan.api;

import java.time.LocalDate;

/**
 * What an adopting body decided, as its secretary records it: outcome, body, date, resolution
 * number, and either the vote taken in meeting or a unanimous written resolution.
 *
 * @param body             code of the adopting body: "CA", "AGA" or "CC" (comité de coordination)
 * @param decidedOn        the date of the meeting or of the written resolution
 * @param resolutionNumber the body's own resolution number ("CA-2023-09-27-04"), null if it has none
 * @param vote             the vote, null for a written resolution (or a decision recorded without one)
 * @param writtenResolution the signatures of a unanimous written resolution, null for a vote
 * @param comment          the changes asked, the reason for a rejection, or any remark; null if none
 */
public record DecisionRecord(DecisionOutcome outcome, String body, LocalDate decidedOn, String resolutionNumber,
                             Vote vote, WrittenResolution writtenResolution, String comment) {

    public DecisionRecord {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is required");
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("body is required");
        }
        if (decidedOn == null) {
            throw new IllegalArgumentException("decidedOn is required");
        }
        if (vote != null && writtenResolution != null) {
            throw new IllegalArgumentException("a decision is taken by vote or by written resolution, not both");
        }
        resolutionNumber = resolutionNumber == null || resolutionNumber.isBlank() ? null : resolutionNumber.strip();
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** A decision recorded with its outcome alone (the first adoption process's board task). */
    public static DecisionRecord simple(DecisionOutcome outcome, String body, LocalDate decidedOn, String comment) {
        return new DecisionRecord(outcome, body, decidedOn, null, null, null, comment);
    }
}
