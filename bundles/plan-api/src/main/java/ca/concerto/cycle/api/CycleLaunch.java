package ca.concerto.cycle.api;

import java.time.LocalDate;

/**
 * What a facilitator gives to open a plan's cycle.
 *
 * @param title                the new plan's title
 * @param period               its period as the regroupement writes it ("2024-2025")
 * @param previousPlanId       the plan to carry over (its unfinished actions come along, marked as
 *                             carried over), or null to start from the regroupement's template
 * @param adoptingBody         code of the adopting body: "CA", "AGA" or "CC"
 * @param consultationDeadline the last day members and partners can send their input
 */
public record CycleLaunch(String title, String period, Long previousPlanId, String adoptingBody,
                          LocalDate consultationDeadline) {

    public CycleLaunch {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        if (period == null || period.isBlank()) {
            throw new IllegalArgumentException("period is required");
        }
        if (adoptingBody == null || adoptingBody.isBlank()) {
            throw new IllegalArgumentException("adoptingBody is required");
        }
        if (consultationDeadline == null) {
            throw new IllegalArgumentException("consultationDeadline is required");
        }
        title = title.strip();
        period = period.strip();
    }
}
