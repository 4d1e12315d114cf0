package ca.concerto.ui.plans.impl;

import static ca.concerto.ui.plans.impl.Find.allText;
import static ca.concerto.ui.plans.impl.Find.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import ca.concerto.plan.model.ActionDetails;
import ca.concerto.plan.model.LevelDefinition;
import ca.concerto.plan.model.NumberingStyle;
import ca.concerto.plan.model.Period;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.Schedule;
import ca.concerto.ui.plans.impl.Fakes.FakePlanService;
import ca.concerto.ui.plans.impl.Fakes.Recorder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;

import org.junit.jupiter.api.Test;

class TimelineViewTest {

    private static PlanItem action(String key, String number, String schedule) {
        return new PlanItem(key, 1, number, "Action " + key, null,
                schedule == null ? null : ActionDetails.of(List.of(), Schedule.of(schedule)), List.of());
    }

    private static PlanDocument plan(PlanItem... actions) {
        return new PlanDocument(null, "Plan 2023-2024", null, Period.of("2023-2024"), null, null,
                List.of(new LevelDefinition("Objectif", NumberingStyle.DECIMAL),
                        new LevelDefinition("Action", NumberingStyle.DECIMAL)),
                List.of(new PlanItem("o1", 0, "1", "Objectif", null, null, List.of(actions))),
                null, null, null, null, null, null);
    }

    @Test
    void datedActionsComeByStartAndTheOthersWithTheirText() {
        FakePlanService plans = new FakePlanService();
        FakeDocuments documents = new FakeDocuments(plans);
        long id = documents.put(plan(action("a1", "1.1", "Mars 2024"), action("a2", "1.2", "En continu"),
                action("a3", "1.3", "Automne 2023"), action("a4", "1.4", null)));
        TimelineView view = new TimelineView(plans, documents, new Recorder().context(Fakes.facilitator("fr")));
        view.show(id);

        assertEquals(List.of("1.3 Action a3", "1.1 Action a1", "1.2 Action a2"),
                view.entries().stream().map(TimelineView.Entry::label).toList(), "a4 has no échéancier");
        TimelineView.Entry march = view.entries().get(1);
        assertEquals(LocalDate.of(2024, 3, 1), march.start());
        assertEquals(LocalDate.of(2024, 3, 31), march.end());
        assertEquals("Du 1er avril 2023 au 31 mars 2024", allText(view, "timeline-span"));
        assertEquals("1.1 Action a1Mars 2024 : du 1er mars 2024 au 31 mars 2024", allText(view, "timeline-entry-a1"));
        assertEquals("1.2 Action a2 : En continu", allText(view, "timeline-undated"));

        Component chart = find(view, Component.class, "timeline-chart").orElseThrow();
        Grid<?> table = find(view, Grid.class, "timeline-table").orElseThrow();
        assertTrue(chart.isVisible());
        assertFalse(table.isVisible());
        Button showTable = find(view, Button.class, "timeline-show-table").orElseThrow();
        showTable.click();
        assertFalse(chart.isVisible());
        assertTrue(table.isVisible());
        assertEquals("true", showTable.getElement().getAttribute("aria-pressed"));
        assertEquals(3, table.getGenericDataView().getItems().count());
        assertEquals("Début", table.getColumnByKey("start").getHeaderText());
    }

    @Test
    void aPlanWithoutSchedulesSaysWhereToAddThem() {
        FakePlanService plans = new FakePlanService();
        FakeDocuments documents = new FakeDocuments(plans);
        long id = documents.put(plan(action("a1", "1.1", null)));
        TimelineView view = new TimelineView(plans, documents, new Recorder().context(Fakes.facilitator("fr")));
        view.show(id);
        assertTrue(allText(view, "timeline-none").startsWith("Aucune action de ce plan n'a encore d'échéancier."));
        view.show(9999L);
        assertEquals("Plan introuvable", allText(view, "plan-not-found"));
    }
}
