package ca.concerto.plan.model;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an échéancier as plans write it, in French, and derives a date range where it can.
 *
 * <p>The text is never rewritten: {@link Schedule#text()} is the input as given. Recognized, in
 * any case, with or without accents:
 * <ul>
 * <li>a day: "31 mars 2009", "1er avril 2021" → that day ({@link ScheduleKind#DATE});</li>
 * <li>a month: "Mars 2009" → 2009-03-01..2009-03-31 ({@link ScheduleKind#MONTH}); a run of months:
 *     "Janvier à mars 2009", "Avril 2021 – mars 2022" → first day .. last day;</li>
 * <li>a season ({@link ScheduleKind#SEASON}), by <b>calendar quarters</b> of the named year, which
 *     are also the quarters of the Quebec community fiscal year:
 *     Hiver Y = Y-01-01..Y-03-31, Printemps Y = Y-04-01..Y-06-30, Été Y = Y-07-01..Y-09-30,
 *     Automne Y = Y-10-01..Y-12-31. "Hiver 2009-2010" is Hiver 2010; another season followed by
 *     "Y1-Y2" is that season of Y1. (Astronomical seasons start on a day that changes every year and
 *     winter would straddle two years; the quarters are stable, do not overlap and cover the year.)</li>
 * <li>fiscal years ({@link ScheduleKind#FISCAL_YEARS}): "2009-2010" → 2009-04-01..2010-03-31,
 *     "2021-2022 2022-2023" → 2021-04-01..2023-03-31, "triennal 2010-2013" → 2010-04-01..2013-03-31;</li>
 * <li>a year alone: "2010" → 2010-01-01..2010-12-31 ({@link ScheduleKind#YEAR});</li>
 * <li>several of the above in one text ("Comité de coordination : 31 mars 2009 2 juin 2009
 *     Septembre 2009") → {@link ScheduleKind#DATE_LIST} from the earliest start to the latest end
 *     (only fiscal years → {@link ScheduleKind#FISCAL_YEARS});</li>
 * <li>without any date: "En continu"/"Continu" → {@link ScheduleKind#CONTINUOUS}; "À long terme" →
 *     {@link ScheduleKind#LONG_TERM}; "... à déterminer" → {@link ScheduleKind#TO_BE_DETERMINED};
 *     "Au besoin", "Selon les besoins" → {@link ScheduleKind#AS_NEEDED}; "Selon le calendrier des
 *     rencontres", "Selon le calendrier de la SQAF", "4 rencontres par année" →
 *     {@link ScheduleKind#MEETING_CALENDAR}; all of these have no range;</li>
 * <li>anything else: {@link ScheduleKind#UNPARSED}, no range. Parsing never throws on odd text.</li>
 * </ul>
 * Dates found in a text win over keywords ("Dépôt du projet à la SHQ en mai 2009 Rencontres à
 * déterminer" is May 2009).
 */
public final class Schedules {

    private static final String MONTHS =
            "(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)";
    private static final String SEASONS = "(hiver|printemps|ete|automne)";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String TO = "\\s*(?:-|a|au|jusqu'a|jusqu'au)\\s*";

    private static final Pattern DATES = Pattern.compile(String.join("|",
            "\\b(?<day>\\d{1,2})(?:er)?\\s+(?<dm>" + MONTHS.substring(1) + "\\s+(?<dy>" + YEAR.substring(1) + "\\b",
            "\\b(?<rm1>" + MONTHS.substring(1) + "\\s+(?<ry1>" + YEAR.substring(1) + TO + "(?<rm2>" + MONTHS.substring(1)
                    + "\\s+(?<ry2>" + YEAR.substring(1) + "\\b",
            "\\b(?<sm1>" + MONTHS.substring(1) + TO + "(?<sm2>" + MONTHS.substring(1) + "\\s+(?<sy>" + YEAR.substring(1) + "\\b",
            "\\b(?<mm>" + MONTHS.substring(1) + "\\s+(?<my>" + YEAR.substring(1) + "\\b",
            "\\b(?<ss>" + SEASONS.substring(1) + "\\s+(?<ssy1>" + YEAR.substring(1) + "\\s*-\\s*(?<ssy2>" + YEAR.substring(1) + "\\b",
            "\\b(?<s>" + SEASONS.substring(1) + "\\s+(?<sy1>" + YEAR.substring(1) + "\\b",
            "\\b(?<fy1>" + YEAR.substring(1) + "\\s*-\\s*(?<fy2>" + YEAR.substring(1) + "\\b",
            "\\b(?<y>" + YEAR.substring(1) + "\\b"));

    private static final List<String> MONTH_NAMES = List.of("janvier", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "aout", "septembre", "octobre", "novembre", "decembre");

    private record Mention(ScheduleKind kind, LocalDate start, LocalDate end) {}

    private Schedules() {}

    /**
     * Parses an échéancier; see the class comment. Never throws: null or blank text gives
     * {@link ScheduleKind#UNPARSED} with the text "(vide)".
     */
    public static Schedule parse(String text) {
        if (text == null || text.isBlank()) {
            return new Schedule("(vide)", ScheduleKind.UNPARSED, null);
        }
        String n;
        try {
            n = normalize(text);
        } catch (RuntimeException e) {
            return new Schedule(text, ScheduleKind.UNPARSED, null);
        }
        List<Mention> mentions = mentions(n);
        if (!mentions.isEmpty()) {
            LocalDate start = mentions.getFirst().start();
            LocalDate end = mentions.getFirst().end();
            boolean allFiscal = true;
            for (Mention m : mentions) {
                start = m.start().isBefore(start) ? m.start() : start;
                end = m.end().isAfter(end) ? m.end() : end;
                allFiscal &= m.kind() == ScheduleKind.FISCAL_YEARS;
            }
            ScheduleKind kind = mentions.size() == 1 ? mentions.getFirst().kind()
                    : allFiscal ? ScheduleKind.FISCAL_YEARS : ScheduleKind.DATE_LIST;
            return new Schedule(text, kind, new DateRange(start, end));
        }
        return new Schedule(text, keywordKind(n), null);
    }

    /** The range of a period text, or null: "2023-2024", "Avril 2021 – mars 2022", "triennal 2010-2013". */
    public static DateRange range(String text) {
        return parse(text).range();
    }

    private static ScheduleKind keywordKind(String n) {
        if (n.contains("determiner") || n.contains("a confirmer")) {
            return ScheduleKind.TO_BE_DETERMINED;
        }
        if (n.contains("long terme")) {
            return ScheduleKind.LONG_TERM;
        }
        if (n.matches(".*\\b(en )?continue?\\b.*") || n.contains("en permanence")) {
            return ScheduleKind.CONTINUOUS;
        }
        if (n.contains("besoin")) {
            return ScheduleKind.AS_NEEDED;
        }
        if (n.contains("calendrier") || n.contains("rencontre")) {
            return ScheduleKind.MEETING_CALENDAR;
        }
        return ScheduleKind.UNPARSED;
    }

    private static List<Mention> mentions(String n) {
        List<Mention> out = new ArrayList<>();
        Matcher m = DATES.matcher(n);
        while (m.find()) {
            try {
                Mention mention = mention(m);
                if (mention != null) {
                    out.add(mention);
                }
            } catch (DateTimeException | NumberFormatException e) {
                // "31 février 2009": not a date; ignore this mention
            }
        }
        return out;
    }

    private static Mention mention(Matcher m) {
        if (m.group("day") != null) {
            LocalDate d = LocalDate.of(year(m.group("dy")), month(m.group("dm")), Integer.parseInt(m.group("day")));
            return new Mention(ScheduleKind.DATE, d, d);
        }
        if (m.group("rm1") != null) {
            LocalDate s = YearMonth.of(year(m.group("ry1")), month(m.group("rm1"))).atDay(1);
            LocalDate e = YearMonth.of(year(m.group("ry2")), month(m.group("rm2"))).atEndOfMonth();
            return e.isBefore(s) ? null : new Mention(ScheduleKind.MONTH, s, e);
        }
        if (m.group("sm1") != null) {
            int y = year(m.group("sy"));
            int m1 = month(m.group("sm1"));
            int m2 = month(m.group("sm2"));
            // "novembre à février 2010": the first month is in the previous year
            LocalDate s = YearMonth.of(m1 > m2 ? y - 1 : y, m1).atDay(1);
            return new Mention(ScheduleKind.MONTH, s, YearMonth.of(y, m2).atEndOfMonth());
        }
        if (m.group("mm") != null) {
            YearMonth ym = YearMonth.of(year(m.group("my")), month(m.group("mm")));
            return new Mention(ScheduleKind.MONTH, ym.atDay(1), ym.atEndOfMonth());
        }
        if (m.group("ss") != null) {
            int y1 = year(m.group("ssy1"));
            int y2 = year(m.group("ssy2"));
            if (y2 != y1 + 1) {
                return null;
            }
            return season(m.group("ss"), m.group("ss").equals("hiver") ? y2 : y1);
        }
        if (m.group("s") != null) {
            return season(m.group("s"), year(m.group("sy1")));
        }
        if (m.group("fy1") != null) {
            int y1 = year(m.group("fy1"));
            int y2 = year(m.group("fy2"));
            if (y2 <= y1 || y2 - y1 > 10) {
                return null;
            }
            return new Mention(ScheduleKind.FISCAL_YEARS, LocalDate.of(y1, 4, 1), LocalDate.of(y2, 3, 31));
        }
        int y = year(m.group("y"));
        return new Mention(ScheduleKind.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    private static Mention season(String name, int y) {
        int firstMonth = switch (name) {
            case "hiver" -> 1;
            case "printemps" -> 4;
            case "ete" -> 7;
            default -> 10;
        };
        return new Mention(ScheduleKind.SEASON, YearMonth.of(y, firstMonth).atDay(1),
                YearMonth.of(y, firstMonth + 2).atEndOfMonth());
    }

    private static int year(String s) {
        return Integer.parseInt(s);
    }

    private static int month(String s) {
        return MONTH_NAMES.indexOf(s) + 1;
    }

    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\u2010-\u2015]", "-");
        return s.replaceAll("\\s+", " ").trim();
    }
}
