package ca.concerto.ui.cycle.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.concerto.cycle.api.ActionProgress;
import ca.concerto.cycle.api.AnnualReport;
import ca.concerto.plan.model.LevelDefinition;
import ca.concerto.plan.model.NumberingStyle;
import ca.concerto.plan.model.Period;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;

import org.junit.jupiter.api.Test;

class ProgressByLevelTest {

    private static PlanItem item(String key, int level, PlanItem... children) {
        return new PlanItem(key, level, null, "Titre " + key, null, null, List.of(children));
    }

    private static AnnualReport.Line line(String key, ActionProgress progress) {
        return new AnnualReport.Line(key, null, "Titre " + key, progress, null,
                progress == null ? null : LocalDate.of(2025, 6, 12), false);
    }

    @Test
    void eachLevelAboveTheActionsCountsTheActionsUnderItPerStatus() {
        PlanDocument document = new PlanDocument(null, "Plan", null, Period.of("2024-2025"), null, null,
                List.of(new LevelDefinition("Orientation", NumberingStyle.DECIMAL),
                        new LevelDefinition("Objectif", NumberingStyle.DECIMAL),
                        new LevelDefinition("Action", NumberingStyle.DECIMAL)),
                List.of(item("o1", 0, item("b1", 1, item("a1", 2), item("a2", 2)), item("b2", 1, item("a3", 2))),
                        item("o2", 0, item("b3", 1)), item("o3", 0, item("a4", 1))),
                null, null, null, null, null, null);
        AnnualReport report = new AnnualReport(1, 2, "2024-2025", List.of(line("a1", ActionProgress.DONE),
                line("a2", ActionProgress.IN_PROGRESS), line("a3", null), line("a4", ActionProgress.DONE)),
                Map.of(), 1, 1);

        List<ProgressByLevel.Row> rows = ProgressByLevel.of(document, report);

        assertEquals(List.of("1 Titre o1", "1.1 Titre b1", "1.2 Titre b2", "3 Titre o3"),
                rows.stream().map(ProgressByLevel.Row::label).toList(), "o2 has no action under it");
        ProgressByLevel.Row o1 = rows.get(0);
        assertEquals(0, o1.depth());
        assertEquals("Orientation", o1.levelName());
        assertEquals(1, o1.count(ActionProgress.DONE));
        assertEquals(1, o1.count(ActionProgress.IN_PROGRESS));
        assertEquals(0, o1.count(ActionProgress.POSTPONED));
        assertEquals(1, o1.unreported());
        assertEquals(3, o1.total());
        assertEquals(1, rows.get(1).depth());
        assertEquals(2, rows.get(1).total());
        assertEquals(List.of(0, 1), List.of(rows.get(2).count(ActionProgress.DONE), rows.get(2).unreported()));
        assertEquals(1, rows.get(3).count(ActionProgress.DONE), "an action right under a top item");
    }
}
