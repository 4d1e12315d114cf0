package ca.concerto.ui.plans.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import ca.concerto.plan.api.PlanDraft;
import ca.concerto.ui.plans.impl.PlanForm.ActionForm;
import ca.concerto.ui.plans.impl.PlanForm.ObjectiveForm;

import org.junit.jupiter.api.Test;

class PlanFormTest {

    @Test
    void emptyFormNeedsATitleAndAnObjective() {
        PlanForm form = new PlanForm();
        Map<String, String> errors = form.validate();
        assertEquals(Map.of("plan-title", "form.error.title", "objectives-error", "form.error.objectives"), errors);
        assertThrows(IllegalStateException.class, form::toDraft);
    }

    @Test
    void blankTitleIsAnError() {
        PlanForm form = validForm();
        form.setTitle("   ");
        assertEquals(List.of("plan-title"), List.copyOf(form.validate().keySet()));
    }

    @Test
    void eachObjectiveNeedsATitle() {
        PlanForm form = validForm();
        form.addObjective();
        assertEquals(Map.of("objective-1-title", "form.error.objectiveTitle"), form.validate());
    }

    @Test
    void anActionWithContentNeedsATitle() {
        PlanForm form = validForm();
        ActionForm action = form.objectives().get(0).addAction();
        action.setResponsible("Coordonnatrice");
        assertEquals(Map.of("action-0-1-title", "form.error.actionTitle"), form.validate());
    }

    @Test
    void mapsToADraftTrimmedAndWithoutBlankRows() {
        PlanForm form = validForm();
        ObjectiveForm second = form.addObjective();
        second.setTitle("  Renforcer la vie associative ");
        // the empty row that addObjective gives is left out
        ActionForm a = second.addAction();
        a.setTitle("Souligner le 30e anniversaire");
        a.setResponsible(" ");
        a.setSchedule("Automne 2024");

        assertTrue(form.validate().isEmpty(), form.validate().toString());
        PlanDraft draft = form.toDraft();

        assertEquals("Plan d'action 2024-2025", draft.title());
        assertEquals("2024-2025", draft.period());
        assertEquals("Soutenir les organismes membres.", draft.mission());
        assertEquals(2, draft.objectives().size());
        PlanDraft.ObjectiveDraft first = draft.objectives().get(0);
        assertEquals("Financement et reconnaissance", first.title());
        assertEquals(List.of(new PlanDraft.ActionDraft("Demander des engagements aux élu·e·s", "TROC Montérégie",
                "En continu")), first.actions());
        PlanDraft.ObjectiveDraft secondDraft = draft.objectives().get(1);
        assertEquals("Renforcer la vie associative", secondDraft.title());
        assertEquals(1, secondDraft.actions().size());
        assertNull(secondDraft.actions().get(0).responsible());
        assertEquals("Automne 2024", secondDraft.actions().get(0).schedule());
    }

    @Test
    void blankOptionalTextsBecomeNull() {
        PlanForm form = new PlanForm();
        form.setTitle("Plan");
        form.setPeriod(" ");
        form.setMission(null);
        form.addObjective().setTitle("Objectif");
        PlanDraft draft = form.toDraft();
        assertNull(draft.period());
        assertNull(draft.mission());
        assertTrue(draft.objectives().get(0).actions().isEmpty());
    }

    static PlanForm validForm() {
        PlanForm form = new PlanForm();
        form.setTitle(" Plan d'action 2024-2025 ");
        form.setPeriod("2024-2025");
        form.setMission("Soutenir les organismes membres.");
        ObjectiveForm objective = form.addObjective();
        objective.setTitle("Financement et reconnaissance");
        ActionForm action = objective.actions().get(0);
        action.setTitle("Demander des engagements aux élu·e·s");
        action.setResponsible("TROC Montérégie");
        action.setSchedule("En continu");
        return form;
    }
}
