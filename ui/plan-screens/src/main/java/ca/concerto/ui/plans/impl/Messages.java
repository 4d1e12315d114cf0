package ca.concerto.ui.plans.impl;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.workflow.api.TaskKind;

/**
 * The texts of the plan screens, from {@code ca/concerto/ui/plans/messages*.properties} inside this
 * bundle. French (Québec) is the default; English is the second language.
 */
public final class Messages {

    /** Base name of the resource bundle. */
    public static final String BUNDLE_NAME = "ca.concerto.ui.plans.messages";

    /** Dates are shown in Québec time, whatever the server's zone. */
    public static final ZoneId QUEBEC_ZONE = ZoneId.of("America/Toronto");

    /**
     * No fallback to the JVM's default locale: on a server whose default is English, a French user
     * must still get the French base bundle.
     */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(List.of("java.properties"));

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE_NAME, locale, Messages.class.getClassLoader(), CONTROL);
    }

    public static Messages of(Locale locale) {
        return new Messages(locale);
    }

    public static Messages of(UserAccount user) {
        return new Messages(localeOf(user));
    }

    /** The user's locale: "en" gives English (Canada); anything else French (Québec). */
    public static Locale localeOf(UserAccount user) {
        String language = user == null ? null : user.language();
        if (language != null && language.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.CANADA;
        }
        return Locale.CANADA_FRENCH;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(get(key), locale);
        return format.format(arguments);
    }

    /**
     * A date as the pattern {@code format.date} of this language writes it ("27 septembre 2023"); the
     * first of a month uses {@code format.date.firstDay} ("1er mars 2024").
     */
    public String date(Instant instant) {
        boolean firstDay = instant.atZone(QUEBEC_ZONE).getDayOfMonth() == 1;
        String pattern = get(firstDay ? "format.date.firstDay" : "format.date");
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(QUEBEC_ZONE).format(instant);
    }

    /** A date and time as the pattern {@code format.dateTime} writes it. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofPattern(get("format.dateTime"), locale).withZone(QUEBEC_ZONE).format(instant);
    }

    /** "Adopté le 27 septembre 2023". */
    public String adoptedOn(Instant decidedAt) {
        return format("plan.adoptedOn", date(decidedAt));
    }

    public String status(PlanStatus status) {
        return get("status." + status.name());
    }

    public String outcome(DecisionOutcome outcome) {
        return get("outcome." + outcome.name());
    }

    public String taskKind(TaskKind kind) {
        return get("task.kind." + kind.name());
    }
}
