package ca.concerto.ui.plans.impl;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import java.util.function.BiFunction;
import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.PlanCycle;
import com.vaadin.flow.component.html.Anchor;

import static ca.concerto.ui.plans.impl.Find.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import ca.concerto.identity.api.Regroupement;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.model.BudgetLine;
import ca.concerto.plan.model.LevelDefinition;
import ca.concerto.plan.model.NumberingStyle;
import ca.concerto.plan.model.Period;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.Project;
import ca.concerto.ui.plans.impl.Fakes.FakePlanService;
import ca.concerto.ui.plans.impl.Fakes.FakeWorkflow;
import ca.concerto.ui.plans.impl.Fakes.Recorder;
import ca.concerto.workflow.api.WorkflowTask;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The views built outside a running UI, with in-memory services. */
class ViewsTest {
    /** Plans outside any cycle (the first adoption process). */
    static final BiFunction<String, Long, Optional<PlanCycle>> NO_CYCLE = (regroupement, planId) -> Optional.empty();
    static final BiFunction<String, Long, Optional<PlanDocument>> NO_DOCUMENT = (regroupement, planId) -> Optional.empty();

    private FakePlanService plans;
    private FakeWorkflow workflow;
    private Recorder recorder;

    @BeforeEach
    void setUp() {
        plans = new FakePlanService();
        workflow = new FakeWorkflow(plans);
        recorder = new Recorder();
    }

    private Plan troc() {
        return plans.createPlan(Fakes.REGROUPEMENT, new PlanDraft("Plan d'action TROC Montérégie 2023-2024",
                "2023-2024", "Analyse des besoins des organismes.\n\nQuatre grandes orientations.",
                List.of(new PlanDraft.ObjectiveDraft("Financement, reconnaissance et visibilité", List.of(
                        new PlanDraft.ActionDraft("Que la TROC Montérégie fasse des représentations",
                                "TROC Montérégie", null))))), "animateur");
    }

    // ---- plans list

    @Test
    void plansListShowsTheRegroupementsPlansWithStatusInWords() {
        Plan mine = troc();
        plans.createPlan("rop-mauricie", new PlanDraft("Autre", "2021-2022", null, List.of()), "x");
        PlansView view = new PlansView(plans, recorder.context(Fakes.facilitator("fr")));

        List<PlanSummary> items = view.grid().getGenericDataView().getItems().toList();
        assertEquals(List.of(mine.summary()), items);
        assertTrue(find(view, Button.class, "new-plan-button").isPresent());
        find(view, Button.class, "new-plan-button").get().click();
        assertEquals(List.of("plans/new"), recorder.navigations);
        view.open(items.get(0));
        assertEquals("plan/" + mine.id(), recorder.navigations.get(1));
    }

    @Test
    void plansListNarrowsByPeriodStatusAndTitleWords() {
        Plan current = troc();
        Plan older = plans.createPlan(Fakes.REGROUPEMENT, new PlanDraft("Plan d'action 2022-2023", "2022-2023", null,
                List.of()), "animateur");
        Plan mobility = plans.createPlan(Fakes.REGROUPEMENT, new PlanDraft("Chantier Mobilité", "2023-2024", null,
                List.of()), "animateur");
        workflow.submitForAdoption(Fakes.facilitator("fr"), mobility.id());
        PlansView view = new PlansView(plans, recorder.context(Fakes.facilitator("fr")));
        Button clear = find(view, Button.class, "plans-filter-clear").orElseThrow();
        assertEquals(List.of("2023-2024", "2022-2023"), view.periodFilter().getListDataView().getItems().toList());
        assertFalse(clear.isEnabled());

        view.periodFilter().setValue("2023-2024");
        assertEquals(List.of(mobility.id(), current.id()), shownIds(view));
        view.statusFilter().setValue(PlanStatus.SUBMITTED);
        assertEquals(List.of(mobility.id()), shownIds(view));
        assertEquals("Soumis au conseil d'administration", view.statusFilter().getItemLabelGenerator().apply(PlanStatus.SUBMITTED));
        view.statusFilter().clear();
        view.titleFilter().setValue("  TROC montérégie ");
        assertEquals(List.of(current.id()), shownIds(view), "words of the title, whatever the case");

        view.titleFilter().setValue("budget");
        assertFalse(view.grid().isVisible());
        assertTrue(find(view, Component.class, "plans-no-match").orElseThrow().isVisible());
        assertFalse(find(view, Component.class, "plans-empty").orElseThrow().isVisible());
        assertTrue(clear.isEnabled());
        clear.click();
        assertEquals(List.of(current.id(), mobility.id(), older.id()).size(), shownIds(view).size());
        assertFalse(find(view, Component.class, "plans-no-match").orElseThrow().isVisible());
    }

    private static List<Long> shownIds(PlansView view) {
        return view.grid().getGenericDataView().getItems().map(PlanSummary::id).toList();
    }

    @Test
    void aPlatformAdministratorChoosesTheRegroupementTheyWorkIn() {
        Plan mine = troc();
        Plan rop = plans.createPlan("rop-mauricie", new PlanDraft("Plan ROP", "2021-2022", null, List.of()), "x");
        UserAccount operator = new UserAccount("admin", "Isabelle Lavoie", Fakes.REGROUPEMENT,
                Set.of(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR), "fr");
        List<String> chosen = new ArrayList<>();
        List<Regroupement> platform = List.of(new Regroupement("cds-mauricie", "Consortium en développement social"),
                new Regroupement("rop-mauricie", "ROP Mauricie"));
        PlansView view = new PlansView(plans, () -> platform, chosen::add, recorder.context(operator));
        Select<String> regroupement = view.regroupementFilter();
        assertEquals(List.of("cds-mauricie", "rop-mauricie", Fakes.REGROUPEMENT),
                regroupement.getListDataView().getItems().toList(), "by name; their own regroupement is offered too");
        assertEquals(List.of("Consortium en développement social", "ROP Mauricie", Fakes.REGROUPEMENT),
                regroupement.getListDataView().getItems().map(regroupement.getItemLabelGenerator()).toList());
        assertEquals(Fakes.REGROUPEMENT, regroupement.getValue());
        assertEquals("Regroupement", regroupement.getLabel());
        assertEquals(List.of(mine.id()), shownIds(view));

        regroupement.setValue("rop-mauricie");
        assertEquals(List.of("rop-mauricie"), chosen);
        // the page is shown again for the session's user, now working in that regroupement
        PlansView again = new PlansView(plans, () -> platform, chosen::add, recorder.context(new UserAccount("admin", "Isabelle Lavoie", "rop-mauricie",
                        operator.roles(), "fr")));
        assertEquals("rop-mauricie", again.regroupementFilter().getValue());
        assertEquals(List.of(rop.id()), shownIds(again));
        assertEquals(List.of("rop-mauricie"), chosen, "showing the page chooses nothing");
    }

    @Test
    void onlyAPlatformAdministratorChoosesARegroupement() {
        UserAccount regroupementAdmin = new UserAccount("admin2", "Admin", Fakes.REGROUPEMENT,
                Set.of(Role.ADMINISTRATOR, Role.FACILITATOR), "fr");
        PlansView view = new PlansView(plans, () -> List.of(new Regroupement("rop-mauricie", "ROP Mauricie")),
                r -> { throw new AssertionError("no choice offered"); }, recorder.context(regroupementAdmin));
        assertFalse(find(view, Select.class, "plans-filter-regroupement").isPresent());
    }

    @Test
    void boardMembersDoNotSeeNewPlan() {
        PlansView view = new PlansView(plans, recorder.context(Fakes.boardMember("fr")));
        assertFalse(find(view, Button.class, "new-plan-button").isPresent());
        assertTrue(find(view, Component.class, "plans-empty").get().isVisible());
        assertFalse(view.grid().isVisible());
    }

    // ---- new plan form

    @Test
    void formShowsErrorsBesideFieldsAndSavesNothing() {
        NewPlanView view = new NewPlanView(plans, recorder.context(Fakes.facilitator("fr")));
        find(view, Button.class, "save-plan").get().click();

        TextField title = find(view, TextField.class, "plan-title").get();
        assertTrue(title.isInvalid());
        assertEquals("Le titre du plan est obligatoire.", title.getErrorMessage());
        TextField objectiveTitle = find(view, TextField.class, "objective-0-title").get();
        assertTrue(objectiveTitle.isInvalid());
        assertEquals("Le titre de l'objectif est obligatoire.", objectiveTitle.getErrorMessage());
        assertTrue(plans.plans.isEmpty());
        assertTrue(recorder.navigations.isEmpty());

        find(view, Button.class, "remove-objective-0").get().click();
        find(view, Button.class, "save-plan").get().click();
        Component objectivesError = find(view, Component.class, "objectives-error").get();
        assertTrue(objectivesError.isVisible());
        assertEquals("Ajoutez au moins un objectif.", ((HasText) objectivesError).getText());
    }

    @Test
    void formCreatesThePlanAndOpensIt() {
        NewPlanView view = new NewPlanView(plans, recorder.context(Fakes.facilitator("fr")));
        find(view, TextField.class, "plan-title").get().setValue("Plan d'action 2024-2025");
        find(view, TextField.class, "plan-period").get().setValue("2024-2025");
        find(view, TextArea.class, "plan-mission").get().setValue("Notre mission");
        find(view, TextField.class, "objective-0-title").get().setValue("Vie associative");
        find(view, TextField.class, "action-0-0-title").get().setValue("Tournée des membres");
        find(view, TextField.class, "action-0-0-responsible").get().setValue("Coordonnatrice");
        find(view, TextField.class, "action-0-0-schedule").get().setValue("Automne 2024");
        find(view, Button.class, "add-action-0").get().click();
        find(view, TextField.class, "action-0-1-title").get().setValue("Souligner le 30e");
        find(view, Button.class, "add-objective").get().click();
        find(view, TextField.class, "objective-1-title").get().setValue("Justice sociale");
        find(view, Button.class, "save-plan").get().click();

        assertEquals(1, plans.plans.size());
        Plan plan = plans.plans.values().iterator().next();
        assertEquals("Plan d'action 2024-2025", plan.title());
        assertEquals("animateur", plan.createdBy());
        assertEquals(Fakes.REGROUPEMENT, plan.regroupementId());
        assertEquals(2, plan.objectives().size());
        assertEquals(2, plan.objectives().get(0).actions().size());
        assertEquals("Coordonnatrice", plan.objectives().get(0).actions().get(0).responsible());
        assertEquals(0, plan.objectives().get(1).actions().size());
        assertEquals(List.of("plan/" + plan.id()), recorder.navigations);
        assertEquals(1, recorder.successes.size());
    }

    @Test
    void formIsForFacilitatorsOnly() {
        NewPlanView view = new NewPlanView(plans, recorder.context(Fakes.boardMember("en")));
        assertTrue(find(view, Component.class, "new-plan-denied").isPresent());
        assertFalse(find(view, Button.class, "save-plan").isPresent());
    }

    // ---- plan detail

    @Test
    void detailShowsThePlanAndSubmitsIt() {
        Plan plan = troc();
        PlanView view = new PlanView(plans, workflow, NO_DOCUMENT, recorder.context(Fakes.facilitator("fr")));
        view.show(plan.id());

        assertEquals("Plan d'action TROC Montérégie 2023-2024", text(view, "plan-detail-title"));
        assertEquals("Période\u00a0: 2023-2024", text(view, "plan-detail-period"));
        assertEquals("Statut\u00a0: Brouillon", text(view, "plan-status"));
        assertEquals("Objectif 1 – Financement, reconnaissance et visibilité", text(view, "plan-objective-0-title"));
        assertTrue(find(view, Component.class, "plan-no-decisions").isPresent());
        assertFalse(find(view, Component.class, "adopted-on").isPresent());

        find(view, Button.class, "submit-for-adoption").get().click();
        assertEquals(PlanStatus.SUBMITTED, plans.plans.get(plan.id()).status());
        assertEquals("Statut\u00a0: Soumis au conseil d'administration", text(view, "plan-status"));
        assertFalse(find(view, Button.class, "submit-for-adoption").isPresent());
        assertEquals(1, workflow.tasks.size());
        assertEquals(List.of("Le plan a été soumis au conseil d'administration."), recorder.successes);
    }

    /** A short objective shows every row in the page; a long one scrolls in its table, said in words. */
    @Test
    void aLongObjectiveScrollsInsideItsTable() {
        List<PlanDraft.ActionDraft> many = java.util.stream.IntStream.rangeClosed(1, PlanView.ALL_ROWS_UP_TO + 1)
                .mapToObj(n -> new PlanDraft.ActionDraft("Action " + n, "TROC Montérégie", null)).toList();
        Plan plan = plans.createPlan(Fakes.REGROUPEMENT, new PlanDraft("Plan long", "2025-2026", null, List.of(
                new PlanDraft.ObjectiveDraft("Court", many.subList(0, PlanView.ALL_ROWS_UP_TO)),
                new PlanDraft.ObjectiveDraft("Long", many))), "animateur");
        PlanView view = new PlanView(plans, workflow, NO_DOCUMENT, recorder.context(Fakes.facilitator("fr")));
        view.show(plan.id());

        com.vaadin.flow.component.grid.Grid<?> shortOne = find(view, com.vaadin.flow.component.grid.Grid.class,
                "plan-objective-0-actions").orElseThrow();
        assertTrue(shortOne.isAllRowsVisible());
        assertFalse(find(view, Component.class, "plan-objective-0-scroll").isPresent());

        com.vaadin.flow.component.grid.Grid<?> longOne = find(view, com.vaadin.flow.component.grid.Grid.class,
                "plan-objective-1-actions").orElseThrow();
        assertFalse(longOne.isAllRowsVisible());
        assertEquals("min(36rem, 75vh)", longOne.getHeight());
        assertEquals(PlanView.ALL_ROWS_UP_TO + 1, longOne.getGenericDataView().getItems().count(), "every action is in it");
        assertEquals("Cet objectif compte 61 actions\u00a0; faites défiler le tableau pour les voir toutes.",
                text(view, "plan-objective-1-scroll"));

        PlanView en = new PlanView(plans, workflow, NO_DOCUMENT, recorder.context(Fakes.facilitator("en")));
        en.show(plan.id());
        assertEquals("This objective has 61 actions; scroll the table to see them all.", text(en, "plan-objective-1-scroll"));
    }

    @Test
    void adoptedPlanShowsTheAdoptionDate() {
        Plan plan = troc();
        plans.markSubmitted(Fakes.REGROUPEMENT, plan.id());
        plans.recordDecisionAt(Fakes.REGROUPEMENT, plan.id(), DecisionOutcome.ADOPT, "Conseil d'administration",
                "ca1", "Adopté à l'unanimité",
                LocalDateTime.of(2023, 9, 27, 19, 30).atZone(Messages.QUEBEC_ZONE).toInstant());

        PlanView fr = new PlanView(plans, workflow, NO_DOCUMENT, recorder.context(Fakes.facilitator("fr")));
        fr.show(plan.id());
        assertEquals("Adopté le 27 septembre 2023", text(fr, "adopted-on"));
        assertEquals("Statut\u00a0: Adopté", text(fr, "plan-status"));
        assertTrue(find(fr, Component.class, "plan-decisions").isPresent());
        assertFalse(find(fr, Button.class, "submit-for-adoption").isPresent());

        PlanView en = new PlanView(plans, workflow, NO_DOCUMENT, recorder.context(Fakes.facilitator("en")));
        en.show(plan.id());
        assertEquals("Adopted on September 27, 2023", text(en, "adopted-on"));
    }

    @Test
    void annexedProjectsShowTheirBudgetInTheUsersLanguage() {
        Plan plan = troc();
        Project project = new Project("p1", "Annexe D", "Projet Transport collectif", List.of(), null, null, List.of(),
                "Coûts estimés sur 24 mois", List.of(new BudgetLine("Ressources humaines", new BigDecimal("80000")),
                        new BudgetLine("Frais de déplacement", new BigDecimal("31600"))), new BigDecimal("111600"), List.of());
        PlanDocument document = new PlanDocument(null, plan.title(), null, Period.of("2023-2024"), null, null,
                List.of(new LevelDefinition("Action", NumberingStyle.DECIMAL)), List.of(), null, null, null, null,
                List.of(project), null);
        BiFunction<String, Long, Optional<PlanDocument>> documents = (regroupement, id) ->
                Fakes.REGROUPEMENT.equals(regroupement) && id == plan.id() ? Optional.of(document) : Optional.empty();

        PlanView fr = new PlanView(plans, workflow, documents, recorder.context(Fakes.facilitator("fr")));
        fr.show(plan.id());
        assertEquals("Annexe D – Projet Transport collectif", text(fr, "plan-project-0-title"));
        assertEquals("Total\u00a0: 111\u00a0600\u00a0$", text(fr, "plan-project-0-total"));
        assertEquals(2, find(fr, com.vaadin.flow.component.grid.Grid.class, "plan-project-0-budget").orElseThrow()
                .getGenericDataView().getItems().count());
        assertEquals("Coûts estimés sur 24 mois", find(fr, com.vaadin.flow.component.grid.Grid.class,
                "plan-project-0-budget").orElseThrow().getAriaLabel().orElse(""));

        PlanView en = new PlanView(plans, workflow, documents, recorder.context(Fakes.facilitator("en")));
        en.show(plan.id());
        assertEquals("Total: $111,600", text(en, "plan-project-0-total"));
        // a plan without projects has no such section
        PlanView none = new PlanView(plans, workflow, NO_DOCUMENT, recorder.context(Fakes.facilitator("fr")));
        none.show(plan.id());
        assertFalse(find(none, Component.class, "plan-projects-heading").isPresent());
    }

    @Test
    void unknownOrForeignPlanIsNotFound() {
        Plan foreign = plans.createPlan("rop-mauricie", new PlanDraft("ROP", "2021-2022", null, List.of()), "x");
        PlanView view = new PlanView(plans, workflow, NO_DOCUMENT, recorder.context(Fakes.facilitator("fr")));
        view.show(foreign.id());
        assertEquals("Plan introuvable", text(view, "plan-not-found"));
        view.show(9999L);
        assertEquals("Plan introuvable", text(view, "plan-not-found"));
        assertFalse(find(view, Component.class, "plan-detail-title").isPresent());
    }

    @Test
    void boardMembersCannotSubmit() {
        Plan plan = troc();
        PlanView view = new PlanView(plans, workflow, NO_DOCUMENT, recorder.context(Fakes.boardMember("fr")));
        view.show(plan.id());
        assertFalse(find(view, Button.class, "submit-for-adoption").isPresent());
    }

    // ---- tasks

    @Test
    void boardMemberAdoptsFromTheInbox() {
        Plan plan = troc();
        workflow.submitForAdoption(Fakes.facilitator("fr"), plan.id());
        UserAccount board = Fakes.boardMember("fr");
        TasksView view = new TasksView(workflow, plans, NO_CYCLE, recorder.context(board));

        List<WorkflowTask> tasks = view.grid().getGenericDataView().getItems().toList();
        assertEquals(1, tasks.size());
        assertFalse(view.panel().isVisible());
        view.grid().select(tasks.get(0));
        assertTrue(view.panel().isVisible());
        assertEquals("Décision du conseil d'administration", text(view, "decision-heading"));
        assertEquals("1 objectif, 1 action", text(view, "decision-plan-summary"));
        assertTrue(find(view, Component.class, "decision-plan-link").isPresent());

        find(view, TextArea.class, "decide-comment").get().setValue("Adopté à l'unanimité");
        find(view, Button.class, "decide-adopt").get().click();

        assertEquals(PlanStatus.ADOPTED, plans.plans.get(plan.id()).status());
        assertEquals("Adopté à l'unanimité", plans.decisions.get(0).comment());
        assertEquals("ca1", plans.decisions.get(0).decidedBy());
        assertEquals(List.of("Le plan d'action a été adopté."), recorder.successes);
        assertEquals(0, view.grid().getGenericDataView().getItems().count());
        assertTrue(find(view, Component.class, "tasks-empty").get().isVisible());
        assertFalse(view.panel().isVisible());
    }

    @Test
    void aBoardTaskOfAPlansCycleOpensTheDecisionScreen() {
        Plan plan = troc();
        workflow.submitForAdoption(Fakes.facilitator("fr"), plan.id());
        PlanCycle cycle = new PlanCycle(7, plan.regroupementId(), plan.id(), "2024-2025", CyclePhase.ADOPTION, "CA", null,
                Set.of(), LocalDate.of(2024, 3, 1), List.of("redaction"), LocalDate.of(2024, 6, 1), "p1", "animateur",
                Instant.now(), 1);
        TasksView view = new TasksView(workflow, plans,
                (regroupement, planId) -> planId == plan.id() ? Optional.of(cycle) : Optional.empty(),
                recorder.context(Fakes.boardMember("fr")));

        WorkflowTask task = view.grid().getGenericDataView().getItems().toList().get(0);
        view.grid().select(task);

        Anchor open = (Anchor) find(view, Component.class, "task-open-in-cycle").orElseThrow();
        assertEquals("decision/" + task.id(), open.getHref());
        assertEquals("Ouvrir l'écran de décision (version, vote, résolution)", open.getText());
        // the vote is entered on the decision screen, not with the first process's three buttons
        assertFalse(find(view, Button.class, "decide-adopt").isPresent());
    }

    @Test
    void homeTasksPanelCountsTheTasksAndLinksEachToWhereItIsDone() {
        UserAccount board = Fakes.boardMember("fr");
        TasksPanel none = new TasksPanel(workflow, NO_CYCLE, board);
        assertEquals("Aucune tâche ne vous attend.", text(none, "home-tasks-count"));
        assertFalse(find(none, Component.class, "home-tasks-list").isPresent());

        Plan plan = troc();
        workflow.submitForAdoption(Fakes.facilitator("fr"), plan.id());
        for (int i = 0; i < 5; i++) {
            workflow.submitForAdoption(Fakes.facilitator("fr"), troc().id());
        }
        List<WorkflowTask> tasks = workflow.tasksFor(board);
        TasksPanel panel = new TasksPanel(workflow, NO_CYCLE, board);
        assertEquals("6 tâches vous attendent.", text(panel, "home-tasks-count"));
        assertEquals(TasksPanel.SHOWN, find(panel, Component.class, "home-tasks-list").orElseThrow()
                .getChildren().count(), "the oldest five, then the link to all");
        String first = find(panel, Component.class, "home-task-" + tasks.get(0).id()).orElseThrow().getElement()
                .getTextRecursively();
        assertTrue(first.startsWith("Décision du conseil d'administration — " + plan.title() + ", reçue le "), first);
        Anchor firstLink = (Anchor) find(panel, Component.class, "home-task-" + tasks.get(0).id()).orElseThrow()
                .getChildren().findFirst().orElseThrow();
        assertEquals("tasks", firstLink.getHref(), "outside a cycle, the decision is taken in the inbox");
        assertEquals("Voir toutes mes tâches", text(panel, "home-tasks-all"));

        PlanCycle cycle = new PlanCycle(7, plan.regroupementId(), plan.id(), "2024-2025", CyclePhase.ADOPTION, "CA",
                null, Set.of(), LocalDate.of(2024, 3, 1), List.of("redaction"), LocalDate.of(2024, 6, 1), "p1",
                "animateur", Instant.now(), 1);
        TasksPanel inCycle = new TasksPanel(workflow, (r, id) -> Optional.of(cycle), Fakes.boardMember("en"));
        assertEquals("6 tasks are waiting for you.", text(inCycle, "home-tasks-count"));
        Anchor decision = (Anchor) find(inCycle, Component.class, "home-task-" + tasks.get(0).id()).orElseThrow()
                .getChildren().findFirst().orElseThrow();
        assertEquals("decision/" + tasks.get(0).id(), decision.getHref());
    }

    @Test
    void requestChangesAndRejectRecordTheirOutcome() {
        Plan plan = troc();
        workflow.submitForAdoption(Fakes.facilitator("fr"), plan.id());
        TasksView view = new TasksView(workflow, plans, NO_CYCLE, recorder.context(Fakes.boardMember("en")));
        view.grid().select(view.grid().getGenericDataView().getItems().findFirst().get());
        find(view, Button.class, "decide-request-changes").get().click();
        assertEquals(PlanStatus.CHANGES_REQUESTED, plans.plans.get(plan.id()).status());
        assertEquals(List.of("Changes were requested."), recorder.successes);
        assertEquals(null, plans.decisions.get(0).comment());

        workflow.submitForAdoption(Fakes.facilitator("fr"), plan.id());
        view.refresh();
        view.grid().select(view.grid().getGenericDataView().getItems().findFirst().get());
        find(view, Button.class, "decide-reject").get().click();
        assertEquals(PlanStatus.REJECTED, plans.plans.get(plan.id()).status());
    }

    @Test
    void aFailedDecisionSaysSoAndRefreshes() {
        Plan plan = troc();
        workflow.submitForAdoption(Fakes.facilitator("fr"), plan.id());
        TasksView view = new TasksView(workflow, plans, NO_CYCLE, recorder.context(Fakes.boardMember("fr")));
        view.grid().select(view.grid().getGenericDataView().getItems().findFirst().get());
        workflow.tasks.clear(); // someone else decided meanwhile
        find(view, Button.class, "decide-adopt").get().click();
        assertEquals(1, recorder.errors.size());
        assertTrue(recorder.successes.isEmpty());
        assertEquals(0, view.grid().getGenericDataView().getItems().count());
    }

    // ---- screens

    @Test
    void screensTitlesComeFromTheBundle() {
        assertEquals("Plans d'action", new PlansScreen(plans, null).title(java.util.Locale.CANADA_FRENCH));
        RegroupementsScreen regroupements = new RegroupementsScreen(null, new FakeIdentity());
        assertEquals("Regroupements", regroupements.title(java.util.Locale.CANADA_FRENCH), "in the menu");
        assertEquals(Set.of(Role.PLATFORM_ADMINISTRATOR), regroupements.allowedRoles());
        assertEquals("admin/regroupements", regroupements.route());
        assertEquals("Mes tâches", new TasksScreen(workflow, plans, null).title(java.util.Locale.CANADA_FRENCH));
        assertEquals("My tasks", new TasksScreen(workflow, plans, null).title(java.util.Locale.ENGLISH));
        assertFalse(new PlanScreen(plans, workflow, new FakeDocuments(plans)).inMenu());
        assertFalse(new NewPlanScreen(plans).inMenu());
        assertEquals("plan", new PlanScreen(plans, workflow, new FakeDocuments(plans)).route());
        assertEquals(PlanView.class, new PlanScreen(plans, workflow, new FakeDocuments(plans)).viewType());
    }

    // ---- helpers

    private static String text(Component root, String id) {
        Component component = find(root, Component.class, id).orElseThrow(() -> new AssertionError("no " + id));
        return component.getElement().getText();
    }
}
