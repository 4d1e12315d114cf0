package ca.concerto.ui.cycle.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import ca.concerto.cycle.api.ActionProgress;
import ca.concerto.cycle.api.CommentKind;
import ca.concerto.cycle.api.CommentStatus;
import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.ui.api.ScreenTexts;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.workflow.api.TaskKind;

/**
 * The texts of the cycle screens, from {@code ca/concerto/ui/cycle/messages*.properties} inside this
 * bundle. French (Québec) is the default; English is the second language.
 */
public final class Messages extends ScreenTexts {

    /** Base name of the resource bundle. */
    public static final String BUNDLE_NAME = "ca.concerto.ui.cycle.messages";

    private Messages(Locale locale) {
        super(BUNDLE_NAME, Messages.class.getClassLoader(), locale);
    }

    public static Messages of(Locale locale) {
        return new Messages(locale);
    }

    public static Messages of(UserAccount user) {
        return new Messages(localeOf(user));
    }

    /** "27 septembre 2023"; the first of a month "1er mars 2024". */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        String pattern = get(date.getDayOfMonth() == 1 ? "format.date.firstDay" : "format.date");
        return DateTimeFormatter.ofPattern(pattern, locale()).format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(QUEBEC_ZONE).toLocalDate());
    }

    public String phase(CyclePhase phase) {
        return get("phase." + phase.name());
    }

    public String progress(ActionProgress progress) {
        return progress == null ? get("progress.none") : get("progress." + progress.name());
    }

    public String taskKind(TaskKind kind) {
        return get("task.kind." + kind.name());
    }

    public String outcome(DecisionOutcome outcome) {
        return get("outcome." + outcome.name());
    }

    public String commentKind(CommentKind kind) {
        return get("comment.kind." + kind.name());
    }

    public String commentStatus(CommentStatus status) {
        return get("comment.status." + status.name());
    }

    /** The adopting body's name from its code (CA, AGA, CC); the code itself if unknown. */
    public String body(String code) {
        if (code == null) {
            return "";
        }
        String key = "body." + code;
        return has(key) ? get(key) : code;
    }

    /** A field name of a plan diff (title, action.schedule...), in words when known. */
    public String diffField(String field) {
        String key = "diff.field." + field;
        return has(key) ? get(key) : field;
    }
}
