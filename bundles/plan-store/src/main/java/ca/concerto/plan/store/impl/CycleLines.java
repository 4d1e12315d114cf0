package ca.concerto.plan.store.impl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ca.concerto.cycle.api.Attendee;

/** The cycle tables keep short lists one entry per line (attendees: organization id, a tab, the person). */
final class CycleLines {

    private CycleLines() {
    }

    static String join(List<String> lines) {
        for (String line : lines) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("one line per entry: " + line);
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
    }

    static String attendees(List<Attendee> attendees) {
        List<String> lines = new ArrayList<>();
        for (Attendee a : attendees) {
            if (a.person().indexOf('\t') >= 0) {
                throw new IllegalArgumentException("attendee.person cannot hold a tab: " + a.person());
            }
            lines.add((a.organizationId() == null ? "" : a.organizationId().toString()) + "\t" + a.person());
        }
        return join(lines);
    }

    static List<Attendee> attendees(String stored) {
        return split(stored).stream().map(line -> {
            int tab = line.indexOf('\t');
            String org = line.substring(0, tab);
            return new Attendee(line.substring(tab + 1), org.isEmpty() ? null : Long.valueOf(org));
        }).toList();
    }
}
