package ca.concerto.ui.cycle.impl;

import static ca.concerto.ui.cycle.impl.Find.get;
import static ca.concerto.ui.cycle.impl.Find.has;
import static ca.concerto.ui.cycle.impl.Find.items;
import static ca.concerto.ui.cycle.impl.Find.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.DecisionRuleException;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.interchange.impl.PlanInterchangeImpl;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.ui.cycle.impl.Fakes.FakeCycleService;
import ca.concerto.ui.cycle.impl.Fakes.FakeDocuments;
import ca.concerto.ui.cycle.impl.Fakes.FakeIdentity;
import ca.concerto.ui.cycle.impl.Fakes.FakePlanService;
import ca.concerto.ui.cycle.impl.Fakes.FakeWorkflow;
import ca.concerto.ui.cycle.impl.Fakes.Recorder;
import ca.concerto.workflow.api.FormValidationException;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.WorkflowTask;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adopting body's decision screen: the exact version, the changes, the resolution form. */
@SuppressWarnings("unchecked")
class DecisionViewTest {

    private static final String FINGERPRINT_1 = "1".repeat(64);
    private static final String FINGERPRINT_2 = "0123456789abcdef".repeat(4);

    private FakePlanService plans;
    private FakeDocuments documents;
    private FakeCycleService cycles;
    private FakeIdentity identity;
    private FakeWorkflow workflow;
    private Recorder recorder;
    private Plan plan;
    private PlanCycle cycle;
    private WorkflowTask task;

    @BeforeEach
    void setUp() {
        plans = new FakePlanService();
        documents = new FakeDocuments();
        cycles = new FakeCycleService(plans, documents);
        identity = new FakeIdentity();
        identity.users.addAll(List.of(Fakes.facilitator("fr"), Fakes.boardMember("fr"), Fakes.boardMember2(),
                Fakes.writer()));
        workflow = new FakeWorkflow(cycles);
        recorder = new Recorder();
        plan = plans.add(Fakes.REGROUPEMENT, "Plan d'action TROC Montérégie 2025-2026", "2025-2026");
        cycle = cycles.cycleIn(CyclePhase.ADOPTION, plan.id());
        task = workflow.task(TaskKind.BOARD_DECISION, plan.id());
    }

    private DecisionView view(UserAccount user) {
        DecisionView view = new DecisionView(workflow, plans, documents, cycles, identity, new PlanInterchangeImpl(),
                recorder.context(user));
        view.show(task.id());
        return view;
    }

    /** Version 1 adopted; version 2 (submitted) renames a1, drops a2 and adds a3. */
    private void adoptedThenChanged() {
        PlanDocument first = Fakes.document(plan.title(), "Tournée des membres");
        documents.version(plan.id(), first, FINGERPRINT_1);
        plans.decisions.add(new AdoptionDecision(1, plan.id(), Fakes.REGROUPEMENT, DecisionOutcome.ADOPT,
                "Conseil d'administration", "ca1", Instant.parse("2024-09-27T23:00:00Z"), null, 1, FINGERPRINT_1,
                LocalDate.of(2024, 9, 27), "CA-2024-09-02", null, null));
        documents.version(plan.id(), Fakes.revisedDocument(plan.title()), FINGERPRINT_2);
    }

    @Test
    void showsTheExactVersionAndWhatChangedSinceTheLastAdoptedOne() {
        adoptedThenChanged();
        DecisionView view = view(Fakes.boardMember("fr"));

        assertEquals("Décision sur «\u00a0Plan d'action TROC Montérégie 2025-2026\u00a0»",
                text(view, "cycle-decision-heading"));
        assertEquals("Version\u00a0: 2 (enregistrée le 10 septembre 2025)", text(view, "cycle-decision-version"));
        assertEquals(FINGERPRINT_2, text(view, "cycle-decision-fingerprint"), "the fingerprint in full");
        assertEquals("Instance d'adoption\u00a0: Conseil d'administration", text(view, "cycle-decision-body"));
        assertEquals("Par rapport à la version 1, adoptée le 27 septembre 2024\u00a0:", text(view, "cycle-diff-since"));
        assertEquals(List.of("1.1.2 Colloque régional"), items(view, "cycle-diff-added"));
        assertEquals(List.of("1.1.2 Souligner le 30e anniversaire"), items(view, "cycle-diff-removed"));
        assertEquals(List.of("1.1.1 Tournée régionale des membres – titre\u00a0: «\u00a0Tournée des membres\u00a0» "
                + "devient «\u00a0Tournée régionale des membres\u00a0»"), items(view, "cycle-diff-changed"));
        assertEquals("1 élément ajouté", text(view, "cycle-diff-added-heading"));
        assertFalse(has(view, "cycle-diff-no-adopted"));
    }

    @Test
    void aFirstAdoptionSaysNoVersionWasAdoptedYet() {
        documents.version(plan.id(), Fakes.document(plan.title(), "Tournée des membres"), FINGERPRINT_1);
        DecisionView view = view(Fakes.boardMember("en"));
        assertEquals("No version of this plan has been adopted yet: this is a first adoption.",
                text(view, "cycle-diff-no-adopted"));
        assertEquals(FINGERPRINT_1, text(view, "cycle-decision-fingerprint"));
    }

    private void fillVote(DecisionView view, int present, int quorum, int pour, int contre, int abstention) {
        get(view, IntegerField.class, "cycle-decision-members-present").setValue(present);
        get(view, IntegerField.class, "cycle-decision-quorum").setValue(quorum);
        get(view, IntegerField.class, "cycle-decision-in-favour").setValue(pour);
        get(view, IntegerField.class, "cycle-decision-against").setValue(contre);
        get(view, IntegerField.class, "cycle-decision-abstentions").setValue(abstention);
    }

    @Test
    void aVoteInSessionCompletesTheTaskWithExactlyTheFormFields() {
        adoptedThenChanged();
        DecisionView view = view(Fakes.boardMember("fr"));
        Select<DecisionOutcome> outcome = get(view, Select.class, "cycle-decision-outcome");
        assertEquals("Demander des modifications", outcome.getItemLabelGenerator().apply(DecisionOutcome.REQUEST_CHANGES));
        outcome.setValue(DecisionOutcome.ADOPT);
        DatePicker decidedOn = get(view, DatePicker.class, "cycle-decision-date");
        assertFalse(decidedOn.isAutoOpen(), "the calendar opens when asked, not while the date is typed");
        decidedOn.setValue(LocalDate.of(2025, 9, 24));
        get(view, TextField.class, "cycle-decision-resolution").setValue(" CA-2025-09-03 ");
        assertEquals("VOTE", get(view, Select.class, "cycle-decision-mode").getValue());
        assertTrue(get(view, com.vaadin.flow.component.Component.class, "cycle-decision-vote").isVisible());
        assertFalse(get(view, com.vaadin.flow.component.Component.class, "cycle-decision-written").isVisible());
        fillVote(view, 7, 5, 6, 0, 1);
        get(view, Button.class, "cycle-decision-submit").click();

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("outcome", "ADOPT");
        expected.put("decidedOn", "2025-09-24");
        expected.put("resolutionNumber", "CA-2025-09-03");
        expected.put("decisionMode", "VOTE");
        expected.put("membersPresent", 7L);
        expected.put("quorum", 5L);
        expected.put("inFavour", 6L);
        expected.put("against", 0L);
        expected.put("abstentions", 1L);
        assertEquals(expected, workflow.completed.get(task.id()));
        assertEquals(List.of("Le plan d'action est adopté."), recorder.successes);
        assertEquals(List.of("cycle/" + cycle.id()), recorder.navigations);
    }

    @Test
    void aDirectorWhoseAccountWasClosedIsNotOfferedToSign() {
        UserAccount second = Fakes.boardMember2();
        identity.users.replaceAll(u -> u.username().equals(second.username()) ? new UserAccount(u.username(),
                u.displayName(), u.regroupementId(), u.roles(), u.language(), false) : u);
        DecisionView view = view(Fakes.boardMember("fr"));
        get(view, Select.class, "cycle-decision-mode").setValue("WRITTEN");
        MultiSelectComboBox<UserAccount> signatories = get(view, MultiSelectComboBox.class,
                "cycle-decision-signatories");
        assertEquals(List.of("ca1"), signatories.getGenericDataView().getItems().map(UserAccount::username).toList(),
                "the directors the store counts: open accounts");
    }

    @Test
    void aWrittenResolutionSendsTheDirectorsWhoSigned() {
        DecisionView view = view(Fakes.boardMember("fr"));
        get(view, Select.class, "cycle-decision-outcome").setValue(DecisionOutcome.REQUEST_CHANGES);
        get(view, Select.class, "cycle-decision-mode").setValue("WRITTEN");
        assertTrue(get(view, com.vaadin.flow.component.Component.class, "cycle-decision-written").isVisible());
        MultiSelectComboBox<UserAccount> signatories = get(view, MultiSelectComboBox.class,
                "cycle-decision-signatories");
        assertEquals(List.of("ca1", "ca2"), signatories.getGenericDataView().getItems().map(UserAccount::username)
                .toList(), "only the board members");

        get(view, Button.class, "cycle-decision-submit").click();
        assertEquals("Choisissez les personnes qui ont signé.", signatories.getErrorMessage());
        assertEquals("Décrivez les modifications demandées.",
                get(view, TextArea.class, "cycle-decision-comment").getErrorMessage());
        assertTrue(workflow.completed.isEmpty());

        signatories.setValue(Set.of(Fakes.boardMember2(), Fakes.boardMember("fr")));
        get(view, TextArea.class, "cycle-decision-comment").setValue("Préciser le budget de l'action 1.1.1.");
        get(view, Button.class, "cycle-decision-submit").click();
        Map<String, Object> form = workflow.completed.get(task.id());
        assertEquals("REQUEST_CHANGES", form.get("outcome"));
        assertEquals("WRITTEN", form.get("decisionMode"));
        assertEquals("ca1,ca2", form.get("signatories"));
        assertEquals("Préciser le budget de l'action 1.1.1.", form.get("comment"));
        assertFalse(form.containsKey("membersPresent"));
        assertFalse(form.containsKey("resolutionNumber"));
        assertEquals(LocalDate.now(Messages.QUEBEC_ZONE).toString(), form.get("decidedOn"));
    }

    @Test
    void missingCountsAreShownBesideTheirFieldsAndNothingIsSent() {
        DecisionView view = view(Fakes.boardMember("fr"));
        get(view, Button.class, "cycle-decision-submit").click();
        assertEquals("Choisissez la décision.", get(view, Select.class, "cycle-decision-outcome").getErrorMessage());
        assertEquals("Ce nombre est obligatoire.",
                get(view, IntegerField.class, "cycle-decision-quorum").getErrorMessage());
        assertTrue(get(view, IntegerField.class, "cycle-decision-abstentions").isInvalid());

        get(view, Select.class, "cycle-decision-outcome").setValue(DecisionOutcome.ADOPT);
        fillVote(view, 3, 5, 2, 1, 1);
        get(view, Button.class, "cycle-decision-submit").click();
        assertEquals("Il y a plus de votes que de membres présents.",
                get(view, IntegerField.class, "cycle-decision-members-present").getErrorMessage());
        assertTrue(workflow.completed.isEmpty());
        assertTrue(get(view, Span.class, "cycle-decision-error").isVisible());
    }

    @Test
    void theEnginesFieldErrorsShowBesideTheirFields() {
        DecisionView view = view(Fakes.boardMember("fr"));
        get(view, Select.class, "cycle-decision-outcome").setValue(DecisionOutcome.ADOPT);
        fillVote(view, 7, 5, 6, 0, 1);
        workflow.failNext = new FormValidationException(task.id(), Map.of(
                "resolutionNumber", "Au plus 40 caractères.", "decidedOn", "Date invalide."));
        get(view, Button.class, "cycle-decision-submit").click();
        assertEquals("Au plus 40 caractères.", get(view, TextField.class, "cycle-decision-resolution").getErrorMessage());
        assertEquals("Date invalide.", get(view, DatePicker.class, "cycle-decision-date").getErrorMessage());
        assertTrue(workflow.completed.isEmpty());
        assertTrue(recorder.navigations.isEmpty());
    }

    @Test
    void theBodysRulesAreExplainedInWords() {
        DecisionView view = view(Fakes.boardMember("fr"));
        get(view, Select.class, "cycle-decision-outcome").setValue(DecisionOutcome.ADOPT);
        fillVote(view, 3, 5, 3, 0, 0);
        // As the engine would: the delegate's exception wrapped in its own
        workflow.failNext = new RuntimeException("engine", new DecisionRuleException(
                DecisionRuleException.Rule.QUORUM_NOT_REACHED, List.of(), "quorum"));
        get(view, Button.class, "cycle-decision-submit").click();
        assertEquals("Le quorum n'est pas atteint : 3 membres présents pour un quorum de 5. Rien n'a été enregistré.",
                text(view, "cycle-decision-rule-error"));
        assertEquals(List.of("Le quorum n'est pas atteint : 3 membres présents pour un quorum de 5. "
                + "Rien n'a été enregistré."), recorder.errors);

        get(view, Select.class, "cycle-decision-mode").setValue("WRITTEN");
        get(view, MultiSelectComboBox.class, "cycle-decision-signatories").setValue(Set.of(Fakes.boardMember("fr")));
        workflow.failNext = new DecisionRuleException(DecisionRuleException.Rule.SIGNATURES_MISSING, List.of("ca2"),
                "missing");
        get(view, Button.class, "cycle-decision-submit").click();
        assertEquals("La résolution écrite doit être signée par chaque membre du conseil. Il manque la signature de : "
                + "Nathalie Tremblay.", text(view, "cycle-decision-rule-error"));

        DecisionView en = view(Fakes.boardMember("en"));
        get(en, Select.class, "cycle-decision-outcome").setValue(DecisionOutcome.ADOPT);
        fillVote(en, 7, 5, 2, 4, 1);
        workflow.failNext = new DecisionRuleException(DecisionRuleException.Rule.VOTE_DOES_NOT_CARRY, List.of(), "no");
        get(en, Button.class, "cycle-decision-submit").click();
        assertEquals("The resolution does not carry: 2 in favour and 4 against. Adoption needs more votes in favour "
                + "than against.", text(en, "cycle-decision-rule-error"));
        assertTrue(workflow.completed.isEmpty());
    }

    @Test
    void aTaskThatIsNotAnOpenBoardDecisionOfTheUserIsNotFound() {
        DecisionView facilitator = view(Fakes.facilitator("fr"));
        assertEquals("Décision introuvable", text(facilitator, "cycle-decision-not-found"));
        assertFalse(has(facilitator, "cycle-decision-submit"));
        DecisionView board = view(Fakes.boardMember("fr"));
        board.show("task-unknown");
        assertTrue(has(board, "cycle-decision-not-found"));
        WorkflowTask other = workflow.task(TaskKind.PUBLISH_PLAN, plan.id());
        board.show(other.id());
        assertTrue(has(board, "cycle-decision-not-found"));
    }
}
