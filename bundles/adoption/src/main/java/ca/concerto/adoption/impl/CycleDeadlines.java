package ca.concerto.adoption.impl;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import ca.concerto.plan.api.QuebecTime;

/** A deadline is a day: it passes at the end of that day, Québec time. */
final class CycleDeadlines {

    private CycleDeadlines() {
    }

    /** The instant a deadline day ends, as an ISO date-time with offset (a BPMN timer's timeDate). */
    static String endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(QuebecTime.ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
