package ca.concerto.ui.cycle.impl;

import static ca.concerto.ui.cycle.impl.Find.has;
import static ca.concerto.ui.cycle.impl.Find.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.ui.cycle.impl.Fakes.FakeCycleService;
import ca.concerto.ui.cycle.impl.Fakes.FakeDocuments;
import ca.concerto.ui.cycle.impl.Fakes.FakePlanService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The home page's plans in progress and deadlines, built outside a running UI. */
class CyclesPanelTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 1);

    private FakeCycleService cycles;

    @BeforeEach
    void setUp() {
        cycles = new FakeCycleService(new FakePlanService(), new FakeDocuments());
    }

    @Test
    void plansInProgressShowTheirStepInWordsAndClosedOnesAreLeftOut() {
        PlanCycle consulting = cycles.cycleIn(CyclePhase.CONSULTATION, 1);
        PlanCycle following = cycles.cycleIn(CyclePhase.FOLLOW_UP, 2);
        PlanCycle closed = cycles.cycleIn(CyclePhase.CLOSED, 3);
        PlanCycle rejected = cycles.cycleIn(CyclePhase.REJECTED, 4);

        CyclesPanel panel = new CyclesPanel(List.of(consulting, following, closed, rejected),
                cycle -> "Plan " + cycle.planId(), TODAY, Fakes.facilitator("fr"));

        assertEquals("Plan 1 — étape : Consultation", text(panel, "home-cycle-" + consulting.id()));
        assertEquals("Plan 2 — étape : Suivi", text(panel, "home-cycle-" + following.id()));
        assertFalse(has(panel, "home-cycle-" + closed.id()));
        assertFalse(has(panel, "home-cycle-" + rejected.id()));
        assertFalse(has(panel, "home-cycles-none"));
    }

    @Test
    void deadlinesComeNearestFirstAndAPassedOneSaysSoInWords() {
        // consultation until 31 October 2025 (the fake's date): passed on 1 November
        PlanCycle consulting = cycles.cycleIn(CyclePhase.CONSULTATION, 1);
        PlanCycle commenting = cycles.with(cycles.cycleIn(CyclePhase.COMMENTS, 2), CyclePhase.COMMENTS,
                List.of("redaction"), LocalDate.of(2025, 11, 20));
        PlanCycle drafting = cycles.with(cycles.cycleIn(CyclePhase.DRAFTING, 3), CyclePhase.DRAFTING,
                List.of("redaction"), LocalDate.of(2025, 11, 10));
        PlanCycle adopting = cycles.with(cycles.cycleIn(CyclePhase.ADOPTION, 4), CyclePhase.ADOPTION,
                List.of("redaction"), LocalDate.of(2025, 11, 5));

        assertEquals(List.of(consulting.id(), drafting.id(), commenting.id()),
                CyclesPanel.deadlines(List.of(commenting, adopting, drafting, consulting)).stream()
                        .map(deadline -> deadline.cycle().id()).toList(),
                "a comment period already over (in adoption) is no longer a deadline coming");

        CyclesPanel panel = new CyclesPanel(List.of(commenting, adopting, drafting, consulting),
                cycle -> "Plan " + cycle.planId(), TODAY, Fakes.facilitator("fr"));
        assertEquals("Fin de la consultation le 31 octobre 2025 (date dépassée) — Plan 1",
                text(panel, "home-deadline-" + consulting.id() + "-consultation"));
        assertEquals("Fin de la période de commentaires le 20 novembre 2025 — Plan 2",
                text(panel, "home-deadline-" + commenting.id() + "-comments"));
    }

    @Test
    void nothingInProgressSaysSoInEnglishToo() {
        CyclesPanel panel = new CyclesPanel(List.of(cycles.cycleIn(CyclePhase.CLOSED, 1)),
                cycle -> "Plan", TODAY, Fakes.facilitator("en"));

        assertEquals("No plan is being written or followed up.", text(panel, "home-cycles-none"));
        assertEquals("No deadline coming.", text(panel, "home-deadlines-none"));
        assertTrue(has(panel, "home-deadlines-heading"));
    }
}
