package ca.concerto.adoption.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.workflow.api.FormValidationException;
import ca.concerto.workflow.api.TaskAlreadyClaimedException;
import ca.concerto.workflow.api.TaskKind;

import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.history.HistoricVariableInstance;

/** Completing tasks with form data validated against the fields the BPMN declares. */
class TaskCompleteTest extends TaskInboxEngine {

    @Test
    void validFormDataCompletesTheTaskWithTypedValues() {
        long planId = submittedPlan();
        String taskId = single(inbox.tasksFor(ca1)).id();
        String processId = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();

        Map<String, Object> form = new HashMap<>();
        form.put("outcome", "ADOPT");
        form.put("comment", "  Adopté à l'unanimité  ");
        form.put("resolutionNumber", "CA-2024-03");
        form.put("decisionDate", "2024-09-27");
        form.put("votesFor", "7");
        form.put("unanimous", "true");
        inbox.complete(ca1, taskId, form);

        assertFalse(isOpen(taskId));
        assertEquals(PlanStatus.ADOPTED, status(planId));
        AdoptionDecision decision = single(plans.decisions(TROC, planId));
        assertEquals(DecisionOutcome.ADOPT, decision.outcome());
        assertEquals("ca1", decision.decidedBy(), "the engine sets who decided, not the form");
        assertEquals(7L, variable(processId, "votesFor"));
        assertEquals(Boolean.TRUE, variable(processId, "unanimous"));
        assertEquals(Date.from(LocalDate.of(2024, 9, 27).atStartOfDay(ZoneId.systemDefault()).toInstant()),
                variable(processId, "decisionDate"));
        assertEquals("ca1", engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
                .singleResult().getAssignee(), "an unheld task is claimed by whoever completes it");
    }

    @Test
    void everyInvalidFieldIsReportedInFrenchAndNothingIsDone() {
        long planId = submittedPlan();
        String taskId = single(inbox.tasksFor(ca1)).id();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("outcome", "MAYBE");
        form.put("comment", "x".repeat(2001));
        form.put("resolutionNumber", "C");
        form.put("decisionDate", "27 septembre");
        form.put("votesFor", "-1");
        form.put("unanimous", "peut-être");
        form.put("decidedBy", "quelqu'un d'autre");

        FormValidationException e = assertThrows(FormValidationException.class, () -> inbox.complete(ca1, taskId, form));

        assertEquals(taskId, e.taskId());
        assertEquals(List.of("outcome", "comment", "resolutionNumber", "decisionDate", "votesFor", "unanimous",
                "decidedBy"), List.copyOf(e.errors().keySet()), "declaration order, unknown fields last");
        assertEquals("La valeur « MAYBE » n’est pas permise. Valeurs permises : ADOPT (Adopter), "
                + "REQUEST_CHANGES (Demander des modifications), REJECT (Rejeter).", e.errors().get("outcome"));
        assertEquals("Ce champ doit contenir au plus 2000 caractères.", e.errors().get("comment"));
        assertEquals("Ce champ doit contenir au moins 2 caractères.", e.errors().get("resolutionNumber"));
        assertEquals("Ce champ doit contenir une date (AAAA-MM-JJ).", e.errors().get("decisionDate"));
        assertEquals("La valeur doit être supérieure ou égale à 0.", e.errors().get("votesFor"));
        assertEquals("Ce champ doit valoir oui (true) ou non (false).", e.errors().get("unanimous"));
        assertEquals("Ce champ ne fait pas partie du formulaire de cette tâche.", e.errors().get("decidedBy"));

        assertTrue(isOpen(taskId));
        assertNull(holder(taskId), "a refused completion does not even claim the task");
        assertEquals(PlanStatus.SUBMITTED, status(planId));
        assertEquals(List.of(), plans.decisions(TROC, planId));
    }

    @Test
    void aMissingRequiredFieldIsReported() {
        String taskId = boardTask();
        FormValidationException e = assertThrows(FormValidationException.class,
                () -> inbox.complete(ca1, taskId, Map.of("comment", "Sans décision", "outcome", "  ")));
        assertEquals(Map.of("outcome", "Ce champ est obligatoire."), e.errors());
        e = assertThrows(FormValidationException.class, () -> inbox.complete(ca1, taskId, null));
        assertEquals(Map.of("outcome", "Ce champ est obligatoire."), e.errors());
        FormValidationException typed = assertThrows(FormValidationException.class,
                () -> inbox.complete(ca1, taskId, Map.of("outcome", "ADOPT", "votesFor", 2.5, "comment", 12)));
        assertEquals(Map.of("votesFor", "Ce champ doit contenir un nombre entier.",
                "comment", "Ce champ doit contenir du texte."), typed.errors());
        assertTrue(isOpen(taskId));
    }

    @Test
    void messagesFollowTheUsersLanguage() {
        String taskId = boardTask();
        FormValidationException e = assertThrows(FormValidationException.class,
                () -> inbox.complete(caEnglish, taskId, Map.of("votesFor", 501L)));
        assertEquals("This field is required.", e.errors().get("outcome"));
        assertEquals("The value must be less than or equal to 500.", e.errors().get("votesFor"));
    }

    @Test
    void aTaskHeldBySomeoneElseCannotBeCompleted() {
        String taskId = boardTask();
        inbox.claim(ca1, taskId);
        assertThrows(TaskAlreadyClaimedException.class, () -> inbox.complete(ca2, taskId, Map.of("outcome", "ADOPT")));
        assertThrows(TaskAlreadyClaimedException.class, () -> inbox.complete(facilitator, taskId, Map.of("outcome", "ADOPT")));
        assertTrue(isOpen(taskId));
    }

    @Test
    void onlyARoleTheTaskIsOfferedToMayCompleteIt() {
        String taskId = boardTask();
        assertThrows(SecurityException.class, () -> inbox.complete(facilitator, taskId, Map.of("outcome", "ADOPT")));
        assertTrue(isOpen(taskId));
    }

    @Test
    void changesRequestedThenTheFacilitatorCompletesTheRevision() {
        long planId = submittedPlan();
        inbox.complete(ca1, single(inbox.tasksFor(ca1)).id(),
                Map.of("outcome", "REQUEST_CHANGES", "comment", "Préciser les échéanciers"));
        assertEquals(PlanStatus.CHANGES_REQUESTED, status(planId));

        String revision = single(inbox.tasksFor(facilitator)).id();
        assertEquals(TaskKind.REVISE_PLAN, single(inbox.tasksFor(facilitator)).kind());
        assertThrows(FormValidationException.class,
                () -> inbox.complete(facilitator, revision, Map.of("outcome", "ADOPT")), "not a field of the revision");
        inbox.complete(facilitator, revision, Map.of("revisionNote", "Échéanciers précisés"));
        assertEquals(PlanStatus.SUBMITTED, status(planId));

        // The second decision leaves the comment empty: the first round's comment must not linger.
        inbox.complete(ca2, single(inbox.tasksFor(ca2)).id(), Map.of("outcome", "ADOPT"));
        List<AdoptionDecision> decisions = plans.decisions(TROC, planId);
        assertEquals(List.of(DecisionOutcome.REQUEST_CHANGES, DecisionOutcome.ADOPT),
                decisions.stream().map(AdoptionDecision::outcome).toList());
        assertEquals("Préciser les échéanciers", decisions.get(0).comment());
        assertNull(decisions.get(1).comment());
        assertEquals("ca2", decisions.get(1).decidedBy());
    }

    @Test
    void decideStillWorksOnATaskThatDeclaresFormFields() {
        long planId = submittedPlan();
        inbox.decide(ca1, single(inbox.tasksFor(ca1)).id(), DecisionOutcome.ADOPT, "Résolution CA-2024-03");
        assertEquals(PlanStatus.ADOPTED, status(planId));
    }

    private Object variable(String processInstanceId, String name) {
        HistoricVariableInstance variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceId).variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }
}
