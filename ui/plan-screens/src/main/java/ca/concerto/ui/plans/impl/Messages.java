package ca.concerto.ui.plans.impl;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.ui.api.ScreenTexts;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.workflow.api.TaskKind;

/**
 * The texts of the plan screens, from {@code ca/concerto/ui/plans/messages*.properties} inside this
 * bundle. French (Québec) is the default; English is the second language.
 */
public final class Messages extends ScreenTexts {

    /** Base name of the resource bundle. */
    public static final String BUNDLE_NAME = "ca.concerto.ui.plans.messages";

    private Messages(Locale locale) {
        super(BUNDLE_NAME, Messages.class.getClassLoader(), locale);
    }

    public static Messages of(Locale locale) {
        return new Messages(locale);
    }

    public static Messages of(UserAccount user) {
        return new Messages(localeOf(user));
    }

    /**
     * A date as the pattern {@code format.date} of this language writes it ("27 septembre 2023"); the
     * first of a month uses {@code format.date.firstDay} ("1er mars 2024").
     */
    public String date(Instant instant) {
        boolean firstDay = instant.atZone(QUEBEC_ZONE).getDayOfMonth() == 1;
        String pattern = get(firstDay ? "format.date.firstDay" : "format.date");
        return DateTimeFormatter.ofPattern(pattern, locale()).withZone(QUEBEC_ZONE).format(instant);
    }

    /** A day as {@link #date(Instant)} writes it ("1er avril 2024"). */
    public String day(java.time.LocalDate day) {
        return date(day.atStartOfDay(QUEBEC_ZONE).toInstant());
    }

    /**
     * An amount in Canadian dollars as the user's language writes it: "111 600 $" in French (Québec),
     * "$111,600" in English; cents only when there are some ("80 000,50 $").
     */
    public String amount(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(Currency.getInstance("CAD"));
        if (amount.stripTrailingZeros().scale() <= 0) {
            format.setMinimumFractionDigits(0);
            format.setMaximumFractionDigits(0);
        }
        return format.format(amount);
    }

    /** A date and time as the pattern {@code format.dateTime} writes it. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofPattern(get("format.dateTime"), locale()).withZone(QUEBEC_ZONE).format(instant);
    }

    /** "Adopté le 27 septembre 2023". */
    public String adoptedOn(Instant decidedAt) {
        return format("plan.adoptedOn", date(decidedAt));
    }

    /** A role in words ("Animation"). */
    public String role(Role role) {
        return get("directory.role." + role.name());
    }

    /** A person's roles in words, in the roles' order ("Administration, Animation"), or that they have none. */
    public String roles(UserAccount person) {
        return person.roles().isEmpty() ? get("directory.role.none")
                : person.roles().stream().sorted().map(this::role).collect(java.util.stream.Collectors.joining(", "));
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
