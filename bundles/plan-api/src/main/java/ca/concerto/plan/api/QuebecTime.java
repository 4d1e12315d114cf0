package ca.concerto.plan.api;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The regroupements' clock: a day (a deadline, a decision's date) is Québec's day, which UTC's runs
 * ahead of from 19 h or 20 h.
 *
 * @since 1.4
 */
public final class QuebecTime {

    public static final ZoneId ZONE = ZoneId.of("America/Toronto");

    private QuebecTime() {
    }

    /** Today in Québec. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
