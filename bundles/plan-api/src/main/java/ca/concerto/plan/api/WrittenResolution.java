package ca.concerto.plan.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A unanimous written resolution, in lieu of a meeting: valid only when signed by each director
 * of the adopting body.
 *
 * @param signatories the usernames of the directors who signed
 * @param signedOn    the date the last signature was given
 */
public record WrittenResolution(List<String> signatories, LocalDate signedOn) {

    public WrittenResolution {
        signatories = List.copyOf(signatories);
        if (signatories.isEmpty()) {
            throw new IllegalArgumentException("a written resolution needs the directors' signatures");
        }
        if (signatories.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw new IllegalArgumentException("a signatory cannot be blank");
        }
        if (signatories.stream().distinct().count() != signatories.size()) {
            throw new IllegalArgumentException("a director signs only once");
        }
        if (signedOn == null) {
            throw new IllegalArgumentException("signedOn is required");
        }
    }
}
