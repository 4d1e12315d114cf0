package ca.concerto.plan.model;

/** What kind of échéancier a plan wrote; see {@link Schedules#parse(String)}. */
public enum ScheduleKind {
    /** One day: "23 avril 2021". */
    DATE,
    /** One month or a run of months: "Mars 2009", "Janvier à mars 2009", "Avril 2021 – mars 2022". */
    MONTH,
    /** One season: "Automne 2009" (convention in {@link Schedules}). */
    SEASON,
    /** One calendar year: "2010". */
    YEAR,
    /** One or several fiscal years (April 1 – March 31): "2009-2010", "2021-2022 2022-2023", "triennal 2010-2013". */
    FISCAL_YEARS,
    /** "En continu", "Continu": ongoing, no range. */
    CONTINUOUS,
    /** "À long terme": no range. */
    LONG_TERM,
    /** "Calendrier à déterminer", "Rencontres à déterminer": no range. */
    TO_BE_DETERMINED,
    /** "Selon le calendrier des rencontres", "Selon le calendrier de la SQAF", "8 rencontres par année": no range. */
    MEETING_CALENDAR,
    /** "Au besoin", "Selon les besoins": no range. */
    AS_NEEDED,
    /** Several dates, months or seasons: "31 mars 2009 2 juin 2009 Septembre 2009"; the range is min..max. */
    DATE_LIST,
    /** Text the parser does not understand; no range. */
    UNPARSED
}
