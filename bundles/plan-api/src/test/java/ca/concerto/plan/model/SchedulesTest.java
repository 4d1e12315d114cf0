package ca.concerto.plan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The échéanciers of the three real plans, verbatim. */
class SchedulesTest {

    static Stream<Arguments> ranged() {
        return Stream.of(
                // CDS Mauricie 2009-2010
                Arguments.of("Mars 2009", ScheduleKind.MONTH, "2009-03-01", "2009-03-31"),
                Arguments.of("Printemps 2009", ScheduleKind.SEASON, "2009-04-01", "2009-06-30"),
                Arguments.of("Automne 2009", ScheduleKind.SEASON, "2009-10-01", "2009-12-31"),
                Arguments.of("Hiver 2010", ScheduleKind.SEASON, "2010-01-01", "2010-03-31"),
                Arguments.of("Été 2010", ScheduleKind.SEASON, "2010-07-01", "2010-09-30"),
                Arguments.of("Printemps 2011", ScheduleKind.SEASON, "2011-04-01", "2011-06-30"),
                Arguments.of("Novembre 2009", ScheduleKind.MONTH, "2009-11-01", "2009-11-30"),
                Arguments.of("Février 2010", ScheduleKind.MONTH, "2010-02-01", "2010-02-28"),
                Arguments.of("Août 2009", ScheduleKind.MONTH, "2009-08-01", "2009-08-31"),
                Arguments.of("Comité de coordination : 31 mars 2009 2 juin 2009 Septembre 2009 Décembre 2009 Février 2010",
                        ScheduleKind.DATE_LIST, "2009-03-31", "2010-02-28"),
                Arguments.of("31 mars 2009 2 juin 2009 Septembre 2009", ScheduleKind.DATE_LIST, "2009-03-31", "2009-09-30"),
                Arguments.of("Mai 2009 Août 2009 Novembre 2009 Février 2010", ScheduleKind.DATE_LIST, "2009-05-01", "2010-02-28"),
                Arguments.of("Rencontres régionales : octobre 2009 et hiver 2010 Comité de travail : 4 rencontres par année",
                        ScheduleKind.DATE_LIST, "2009-10-01", "2010-03-31"),
                Arguments.of("Dépôt du projet à la SHQ en mai 2009 Rencontres à déterminer", ScheduleKind.MONTH,
                        "2009-05-01", "2009-05-31"),
                Arguments.of("Janvier à mars 2009", ScheduleKind.MONTH, "2009-01-01", "2009-03-31"),
                Arguments.of("Été 2010 Automne 2010", ScheduleKind.DATE_LIST, "2010-07-01", "2010-12-31"),
                Arguments.of("2008-2011", ScheduleKind.FISCAL_YEARS, "2008-04-01", "2011-03-31"),
                Arguments.of("2009-2010", ScheduleKind.FISCAL_YEARS, "2009-04-01", "2010-03-31"),
                Arguments.of("2009-2011", ScheduleKind.FISCAL_YEARS, "2009-04-01", "2011-03-31"),
                Arguments.of("Juin 2009", ScheduleKind.MONTH, "2009-06-01", "2009-06-30"),
                // ROP Mauricie 2021-2022
                Arguments.of("Avril 2021 – mars 2022", ScheduleKind.MONTH, "2021-04-01", "2022-03-31"),
                Arguments.of("23 avril 2021", ScheduleKind.DATE, "2021-04-23", "2021-04-23"),
                Arguments.of("2021-2022 2022-2023", ScheduleKind.FISCAL_YEARS, "2021-04-01", "2023-03-31"),
                // TROC Montérégie 2023-2024, periods
                Arguments.of("2023-2024", ScheduleKind.FISCAL_YEARS, "2023-04-01", "2024-03-31"),
                Arguments.of("triennal 2010-2013", ScheduleKind.FISCAL_YEARS, "2010-04-01", "2013-03-31"),
                Arguments.of("Adopté le 27 septembre 2023", ScheduleKind.DATE, "2023-09-27", "2023-09-27"),
                Arguments.of("1er avril 2021", ScheduleKind.DATE, "2021-04-01", "2021-04-01"),
                Arguments.of("2010", ScheduleKind.YEAR, "2010-01-01", "2010-12-31"),
                Arguments.of("HIVER 2009-2010", ScheduleKind.SEASON, "2010-01-01", "2010-03-31"),
                Arguments.of("novembre à février 2010", ScheduleKind.MONTH, "2009-11-01", "2010-02-28"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ranged")
    void derivesTheRange(String text, ScheduleKind kind, String start, String end) {
        Schedule s = Schedules.parse(text);
        assertEquals(text, s.text(), "the text is kept verbatim");
        assertEquals(kind, s.kind());
        assertEquals(LocalDate.parse(start), s.range().start());
        assertEquals(LocalDate.parse(end), s.range().end());
    }

    static Stream<Arguments> unranged() {
        return Stream.of(
                Arguments.of("En continu", ScheduleKind.CONTINUOUS),
                Arguments.of("Continu", ScheduleKind.CONTINUOUS),
                Arguments.of("À long terme", ScheduleKind.LONG_TERM),
                Arguments.of("Calendrier à déterminer", ScheduleKind.TO_BE_DETERMINED),
                Arguments.of("Selon le calendrier des rencontres", ScheduleKind.MEETING_CALENDAR),
                Arguments.of("Selon le calendrier des rencontres et des événements", ScheduleKind.MEETING_CALENDAR),
                Arguments.of("Selon les rencontres prévues par la CRÉ", ScheduleKind.MEETING_CALENDAR),
                Arguments.of("Selon le calendrier de la SQAF", ScheduleKind.MEETING_CALENDAR),
                Arguments.of("Selon le calendrier de l'INSPQ", ScheduleKind.MEETING_CALENDAR),
                Arguments.of("8 rencontres par année du comité développement citoyen", ScheduleKind.MEETING_CALENDAR),
                Arguments.of("Selon les besoins", ScheduleKind.AS_NEEDED),
                Arguments.of("Au besoin", ScheduleKind.AS_NEEDED),
                Arguments.of("Bientôt, on verra", ScheduleKind.UNPARSED),
                Arguments.of("31 février 2009", ScheduleKind.UNPARSED),
                Arguments.of("Printemps 20", ScheduleKind.UNPARSED),
                Arguments.of("2013-2010", ScheduleKind.UNPARSED),
                Arguments.of("\u0000\uFFFF ((( [ $ \\", ScheduleKind.UNPARSED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unranged")
    void keepsKindsWithoutRange(String text, ScheduleKind kind) {
        Schedule s = Schedules.parse(text);
        assertEquals(text, s.text());
        assertEquals(kind, s.kind());
        assertNull(s.range());
    }

    @Test
    void blankNeverThrows() {
        assertEquals(ScheduleKind.UNPARSED, Schedules.parse(null).kind());
        assertEquals(ScheduleKind.UNPARSED, Schedules.parse("   ").kind());
        assertNull(Schedules.parse("").range());
    }

    @Test
    void periodsDeriveTheirDates() {
        Period p = Period.of("Avril 2021 – mars 2022");
        assertEquals(LocalDate.of(2021, 4, 1), p.start());
        assertEquals(LocalDate.of(2022, 3, 31), p.end());
        Period odd = Period.of("Exercice en cours");
        assertNull(odd.start());
        assertEquals("Exercice en cours", odd.text());
    }
}
