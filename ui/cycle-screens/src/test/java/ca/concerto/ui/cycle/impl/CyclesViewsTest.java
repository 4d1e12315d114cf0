package ca.concerto.ui.cycle.impl;

import static ca.concerto.ui.cycle.impl.Find.get;
import static ca.concerto.ui.cycle.impl.Find.has;
import static ca.concerto.ui.cycle.impl.Find.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import ca.concerto.cycle.api.CycleLaunch;
import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.ui.cycle.impl.Fakes.FakeCycleService;
import ca.concerto.ui.cycle.impl.Fakes.FakeDocuments;
import ca.concerto.ui.cycle.impl.Fakes.FakeIdentity;
import ca.concerto.ui.cycle.impl.Fakes.FakePlanService;
import ca.concerto.ui.cycle.impl.Fakes.FakeWorkflow;
import ca.concerto.ui.cycle.impl.Fakes.Recorder;
import ca.concerto.workflow.api.TaskKind;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cycles list and the launch form, built outside a running UI. */
class CyclesViewsTest {

    private FakePlanService plans;
    private FakeCycleService cycles;
    private FakeWorkflow workflow;
    private Recorder recorder;

    @BeforeEach
    void setUp() {
        plans = new FakePlanService();
        cycles = new FakeCycleService(plans, new FakeDocuments());
        workflow = new FakeWorkflow(cycles);
        recorder = new Recorder();
    }

    @Test
    void listShowsEachCycleWithItsPhaseInWordsAndWhatIsDue() {
        Plan plan = plans.add(Fakes.REGROUPEMENT, "Plan d'action 2025-2026", "2025-2026");
        Plan other = plans.add(Fakes.REGROUPEMENT, "Plan d'action 2024-2025", "2024-2025");
        PlanCycle current = cycles.cycleIn(CyclePhase.MEETINGS, plan.id());
        PlanCycle older = cycles.cycleIn(CyclePhase.FOLLOW_UP, other.id());
        Plan foreign = plans.add("rop-mauricie", "Autre", "2025-2026");
        cycles.cycles.put(999L, new PlanCycle(999, "rop-mauricie", foreign.id(), "2025-2026", CyclePhase.CONSULTATION,
                "CA", null, java.util.Set.of(), LocalDate.now(), List.of(), null, null, "x", java.time.Instant.now(), 1));
        workflow.task(TaskKind.HOLD_MEETINGS, plan.id());
        workflow.task(TaskKind.DRAFT_PLAN, plan.id());

        CyclesView view = new CyclesView(cycles, plans, workflow, recorder.context(Fakes.facilitator("fr")));
        List<PlanCycle> items = view.grid().getGenericDataView().getItems().toList();
        assertEquals(List.of(older, current), items, "the regroupement's cycles, latest first");
        assertEquals("Plan d'action 2025-2026", view.planTitle(current));
        assertEquals("Tenir les rencontres ; Rédiger le plan (comité de rédaction)", view.dueText(current));
        assertEquals("Rien pour l'instant", view.dueText(older));
        assertFalse(get(view, com.vaadin.flow.component.Component.class, "cycles-empty").isVisible());

        get(view, Button.class, "cycle-launch-button").click();
        assertEquals(List.of("cycles/new"), recorder.navigations);
        view.open(current);
        assertEquals("cycle/" + current.id(), recorder.navigations.get(1));
    }

    @Test
    void boardMembersDoNotLaunchAndSeeAnEmptyList() {
        CyclesView view = new CyclesView(cycles, plans, workflow, recorder.context(Fakes.boardMember("en")));
        assertFalse(has(view, "cycle-launch-button"));
        assertEquals("No cycle yet. Launch one to start the consultation.", text(view, "cycles-empty"));
        assertFalse(view.grid().isVisible());
    }

    @Test
    void launchFormShowsErrorsBesideItsFieldsAndLaunchesNothing() {
        NewCycleView view = new NewCycleView(plans, workflow, recorder.context(Fakes.facilitator("fr")));
        get(view, Button.class, "cycle-launch-submit").click();

        TextField title = get(view, TextField.class, "cycle-title");
        assertTrue(title.isInvalid());
        assertEquals("Le titre du plan est obligatoire.", title.getErrorMessage());
        assertTrue(get(view, TextField.class, "cycle-period").isInvalid());
        DatePicker deadline = get(view, DatePicker.class, "cycle-consultation-deadline");
        assertTrue(deadline.isInvalid());
        assertEquals("Indiquez l'échéance de la consultation.", deadline.getErrorMessage());
        assertTrue(get(view, com.vaadin.flow.component.html.Span.class, "cycle-launch-error").isVisible());

        title.setValue("Plan d'action 2025-2026");
        get(view, TextField.class, "cycle-period").setValue("2025-2026");
        deadline.setValue(LocalDate.now(Messages.QUEBEC_ZONE).minusDays(1));
        get(view, Button.class, "cycle-launch-submit").click();
        assertFalse(title.isInvalid());
        assertEquals("L'échéance de la consultation ne peut pas être dans le passé.", deadline.getErrorMessage());
        assertTrue(workflow.launches.isEmpty());
        assertTrue(recorder.navigations.isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void launchCarriesOverThePreviousPlanAndOpensTheCyclePage() {
        Plan previous = plans.add(Fakes.REGROUPEMENT, "Plan d'action 2024-2025", "2024-2025");
        NewCycleView view = new NewCycleView(plans, workflow, recorder.context(Fakes.facilitator("fr")));
        Select<PlanSummary> source = get(view, Select.class, "cycle-source");
        assertNull(source.getValue(), "the template is the default");
        assertEquals(List.of(previous.summary()), source.getGenericDataView().getItems().toList());
        assertEquals("Reporter «\u00a0Plan d'action 2024-2025\u00a0» (2024-2025)",
                source.getItemLabelGenerator().apply(previous.summary()));
        Select<String> body = get(view, Select.class, "cycle-adopting-body");
        assertEquals("CA", body.getValue());
        assertEquals("Assemblée générale annuelle", body.getItemLabelGenerator().apply("AGA"));

        LocalDate deadline = LocalDate.now(Messages.QUEBEC_ZONE).plusWeeks(6);
        get(view, TextField.class, "cycle-title").setValue("  Plan d'action 2025-2026 ");
        get(view, TextField.class, "cycle-period").setValue("2025-2026");
        source.setValue(previous.summary());
        body.setValue("AGA");
        get(view, DatePicker.class, "cycle-consultation-deadline").setValue(deadline);
        get(view, Button.class, "cycle-launch-submit").click();

        assertEquals(List.of(new CycleLaunch("Plan d'action 2025-2026", "2025-2026", previous.id(), "AGA", deadline)),
                workflow.launches);
        PlanCycle launched = cycles.cycles.values().iterator().next();
        assertEquals(List.of("cycle/" + launched.id()), recorder.navigations);
        assertEquals(List.of("Le cycle «\u00a0Plan d'action 2025-2026\u00a0» est lancé : la consultation est ouverte."),
                recorder.successes);
    }

    @Test
    void launchIsForFacilitatorsOnly() {
        NewCycleView view = new NewCycleView(plans, workflow, recorder.context(Fakes.boardMember("fr")));
        assertTrue(has(view, "cycle-launch-denied"));
        assertFalse(has(view, "cycle-launch-submit"));
    }

    @Test
    void screensAreRegisteredWithTheirRoutesTitlesAndRoles() {
        CyclesScreen list = new CyclesScreen(cycles, plans, workflow);
        assertEquals("cycles", list.route());
        assertEquals("Cycles des plans", list.title(Locale.CANADA_FRENCH));
        assertEquals("Plan cycles", list.title(Locale.ENGLISH));
        assertTrue(list.inMenu());
        assertEquals(15, list.menuOrder());
        assertEquals(CyclesView.class, list.viewType());

        NewCycleScreen launch = new NewCycleScreen(plans, workflow);
        assertEquals("cycles/new", launch.route());
        assertEquals(java.util.Set.of(Role.FACILITATOR), launch.allowedRoles());
        assertFalse(launch.inMenu());

        CycleScreen cycle = new CycleScreen(cycles, plans, new FakeDocuments(), new FakeIdentity(), workflow);
        assertEquals("cycle", cycle.route());
        assertEquals(CycleView.class, cycle.viewType());
        assertFalse(cycle.inMenu());

        DecisionScreen decision = new DecisionScreen(workflow, plans, new FakeDocuments(), cycles, new FakeIdentity(),
                new ca.concerto.plan.interchange.impl.PlanInterchangeImpl());
        assertEquals("decision", decision.route());
        assertEquals(DecisionView.class, decision.viewType());
        assertEquals("Décision de l'instance", decision.title(Locale.CANADA_FRENCH));
        assertFalse(decision.inMenu());
    }
}
