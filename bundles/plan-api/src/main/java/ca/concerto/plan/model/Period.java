package ca.concerto.plan.model;

import java.time.LocalDate;

/**
 * The period a plan covers, as the plan writes it ("2023-2024", "Avril 2021 – mars 2022",
 * "triennal 2010-2013") with the derived first and last day where derivable (Quebec community
 * fiscal year: April 1 – March 31).
 */
public record Period(String text, LocalDate start, LocalDate end) {
    public Period {
        text = Texts.required(text, "period.text");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("period.end précède period.start");
        }
    }

    /** The period with its dates derived by {@link Schedules#parse(String)}. */
    public static Period of(String text) {
        Schedule s = Schedules.parse(text);
        return s.range() == null ? new Period(text, null, null)
                : new Period(text, s.range().start(), s.range().end());
    }
}
