package ca.concerto.ui.cycle.impl;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ca.concerto.cycle.api.ActionProgress;
import ca.concerto.cycle.api.AnnualReport;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.PlanOutline;

/**
 * The follow-up's progress summed up per level of the plan: for each item above the actions (a
 * volet, an orientation, an objective), how many of the actions under it stand at each status.
 * The counts are numbers said in words on the screen, never a colour alone.
 */
final class ProgressByLevel {

    /**
     * One item's summary.
     *
     * @param depth      0 for a top item, 1 for its sub-items…
     * @param unreported actions under it that no follow-up meeting reported yet
     */
    record Row(String itemKey, int depth, String levelName, String label, Map<ActionProgress, Integer> counts,
               int unreported) {

        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum() + unreported;
        }

        int count(ActionProgress progress) {
            return counts.getOrDefault(progress, 0);
        }
    }

    private ProgressByLevel() {
    }

    /** The rows, in the plan's order, of every item that has at least one of the report's actions under it. */
    static List<Row> of(PlanDocument document, AnnualReport report) {
        Map<String, AnnualReport.Line> lines = new HashMap<>();
        report.actions().forEach(line -> lines.put(line.itemKey(), line));
        Map<String, String> numbers = PlanOutline.numbers(document);
        List<Row> rows = new ArrayList<>();
        for (PlanItem item : document.items()) {
            collect(document, item, 0, lines, numbers, rows);
        }
        return rows;
    }

    /** Adds the item's row (if it has actions under it) before its sub-items' rows; returns its counts. */
    private static Counts collect(PlanDocument document, PlanItem item, int depth, Map<String, AnnualReport.Line> lines,
                                  Map<String, String> numbers, List<Row> rows) {
        Counts counts = new Counts();
        int at = rows.size();
        for (PlanItem child : item.children()) {
            AnnualReport.Line line = lines.get(child.key());
            if (line != null) {
                counts.add(line.progress());
            }
            if (!child.children().isEmpty()) {
                counts.addAll(collect(document, child, depth + 1, lines, numbers, rows));
            }
        }
        if (counts.total() > 0) {
            String number = numbers.getOrDefault(item.key(), item.number());
            rows.add(at, new Row(item.key(), depth, document.levels().get(item.level()).name(),
                    number == null ? item.title() : number + " " + item.title(), counts.byProgress, counts.unreported));
        }
        return counts;
    }

    private static final class Counts {
        final Map<ActionProgress, Integer> byProgress = new EnumMap<>(ActionProgress.class);
        int unreported;

        void add(ActionProgress progress) {
            if (progress == null) {
                unreported++;
            } else {
                byProgress.merge(progress, 1, Integer::sum);
            }
        }

        void addAll(Counts other) {
            other.byProgress.forEach((p, n) -> byProgress.merge(p, n, Integer::sum));
            unreported += other.unreported;
        }

        int total() {
            return byProgress.values().stream().mapToInt(Integer::intValue).sum() + unreported;
        }
    }
}
