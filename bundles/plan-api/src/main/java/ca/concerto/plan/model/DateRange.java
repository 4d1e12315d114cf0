package ca.concerto.plan.model;

import java.time.LocalDate;

/**
 * A derived date range, inclusive at both ends. Either end may be null (open-ended), not both.
 */
public record DateRange(LocalDate start, LocalDate end) {
    public DateRange {
        if (start == null && end == null) {
            throw new IllegalArgumentException("une période doit avoir un début ou une fin");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("la fin (" + end + ") précède le début (" + start + ")");
        }
    }

    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /** The Quebec community fiscal year that starts on April 1 of {@code startYear}. */
    public static DateRange fiscalYear(int startYear) {
        return new DateRange(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
    }

}
