package ca.concerto.plan.model;

/**
 * An échéancier: the plan's own text, verbatim, and what could be derived from it.
 *
 * @param text  the text as the plan writes it (never rewritten)
 * @param kind  what kind of échéancier the text is
 * @param range derived date range for sorting, timelines and reminders, null when none derives
 */
public record Schedule(String text, ScheduleKind kind, DateRange range) {
    public Schedule {
        text = Texts.required(text, "schedule.text");
        if (kind == null) {
            throw new IllegalArgumentException("schedule.kind est obligatoire");
        }
    }

    /** Parses the text with {@link Schedules#parse(String)}. */
    public static Schedule of(String text) {
        return Schedules.parse(text);
    }
}
