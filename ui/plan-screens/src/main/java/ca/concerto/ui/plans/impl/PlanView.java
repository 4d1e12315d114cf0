package ca.concerto.ui.plans.impl;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.Action;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.Objective;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.model.BudgetLine;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.Project;
import ca.concerto.workflow.api.AdoptionWorkflow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;

/**
 * One plan d'action: its objectives and actions, its status and the adopting body's decisions.
 * Facilitators submit a draft (or a plan sent back for changes) for adoption from here.
 */
public class PlanView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient PlanService planService;
    private final transient AdoptionWorkflow adoptionWorkflow;
    /** The plan's document without its items (regroupement, plan id), for what the summary model lacks: its projects. */
    private final transient BiFunction<String, Long, Optional<PlanDocument>> headerOf;
    private final transient ViewContext context;
    private final Messages messages;
    private final UserAccount user;
    private String pageTitle;
    private Plan plan;

    public PlanView(PlanService planService, AdoptionWorkflow adoptionWorkflow,
                    BiFunction<String, Long, Optional<PlanDocument>> headerOf, ViewContext context) {
        this.planService = planService;
        this.adoptionWorkflow = adoptionWorkflow;
        this.headerOf = headerOf;
        this.context = context;
        this.user = context.user().get();
        this.messages = Messages.of(user);
        this.pageTitle = messages.format("page.title", messages.get("screen.plan.title"));
        setId("plan-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long planId) {
        show(planId);
    }

    /** Shows the plan with that id of the user's regroupement, or "Plan introuvable". */
    public void show(Long planId) {
        removeAll();
        Optional<Plan> found = planId == null ? Optional.empty()
                : planService.findPlan(user.regroupementId(), planId);
        if (found.isEmpty()) {
            plan = null;
            showNotFound();
            return;
        }
        plan = found.get();
        pageTitle = messages.format("page.title", plan.title());
        render(plan, planService.decisions(user.regroupementId(), plan.id()));
    }

    private void showNotFound() {
        H2 heading = new H2(messages.get("plan.notFound"));
        heading.setId("plan-not-found");
        Paragraph detail = new Paragraph(messages.get("plan.notFound.detail"));
        detail.setId("plan-not-found-detail");
        add(heading, detail, backLink());
        pageTitle = messages.format("page.title", messages.get("plan.notFound"));
    }

    private Anchor backLink() {
        Anchor back = new Anchor(Routes.PLANS, messages.get("plan.back"));
        back.setId("back-to-plans");
        back.getElement().setAttribute("router-link", true);
        return back;
    }

    private void render(Plan plan, List<AdoptionDecision> decisions) {
        add(backLink());

        H2 title = new H2(plan.title());
        title.setId("plan-detail-title");
        add(title);

        if (plan.period() != null && !plan.period().isBlank()) {
            add(labelled("plan-detail-period", "plan.label.period", plan.period()));
        }
        add(labelled("plan-status", "plan.label.status", messages.status(plan.status())));
        Anchor versions = new Anchor(Routes.versions(plan.id()), messages.get("plan.versions"));
        versions.setId("plan-versions-link");
        versions.getElement().setAttribute("router-link", true);
        Anchor edit = new Anchor(Routes.editor(plan.id()), messages.get(
                user.hasRole(Role.FACILITATOR) ? "plan.edit" : "plan.outline"));
        edit.setId("plan-edit-link");
        edit.getElement().setAttribute("router-link", true);
        Anchor timeline = new Anchor(Routes.timeline(plan.id()), messages.get("plan.timeline"));
        timeline.setId("plan-timeline-link");
        timeline.getElement().setAttribute("router-link", true);
        Anchor committees = new Anchor(Routes.committees(plan.id()), messages.get("plan.committees"));
        committees.setId("plan-committees-link");
        committees.getElement().setAttribute("router-link", true);
        add(edit, timeline, committees, versions);

        if (plan.status() == PlanStatus.ADOPTED) {
            adoptingDecision(decisions).ifPresent(decision -> {
                Paragraph adoptedOn = new Paragraph(messages.adoptedOn(decision.decidedAt()));
                adoptedOn.setId("adopted-on");
                adoptedOn.getStyle().set("font-weight", "bold");
                add(adoptedOn);
            });
        }

        if (canSubmit(plan)) {
            Button submit = new Button(messages.get("plan.submit"), e -> submit());
            submit.setId("submit-for-adoption");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(submit);
        }

        if (plan.mission() != null && !plan.mission().isBlank()) {
            H3 missionHeading = new H3(messages.get("plan.label.mission"));
            missionHeading.setId("plan-detail-mission-heading");
            VerticalLayout mission = new VerticalLayout();
            mission.setId("plan-detail-mission");
            mission.setPadding(false);
            mission.setSpacing(false);
            for (String paragraph : plan.mission().split("\\R\\s*\\R")) {
                mission.add(new Paragraph(paragraph.strip()));
            }
            add(missionHeading, mission);
        }

        H3 objectivesHeading = new H3(messages.get("plan.objectives"));
        objectivesHeading.setId("plan-objectives-heading");
        add(objectivesHeading);
        if (plan.objectives().isEmpty()) {
            Paragraph none = new Paragraph(messages.get("plan.noObjectives"));
            none.setId("plan-no-objectives");
            add(none);
        }
        for (int i = 0; i < plan.objectives().size(); i++) {
            add(objectiveSection(i, plan.objectives().get(i)));
        }

        List<Project> projects = headerOf.apply(user.regroupementId(), plan.id())
                .map(PlanDocument::projects).orElse(List.of());
        if (!projects.isEmpty()) {
            H3 projectsHeading = new H3(messages.get("plan.projects"));
            projectsHeading.setId("plan-projects-heading");
            add(projectsHeading);
            for (int i = 0; i < projects.size(); i++) {
                add(projectSection(i, projects.get(i)));
            }
        }

        H3 decisionsHeading = new H3(messages.get("plan.decisions"));
        decisionsHeading.setId("plan-decisions-heading");
        add(decisionsHeading);
        if (decisions.isEmpty()) {
            Paragraph none = new Paragraph(messages.get("plan.noDecisions"));
            none.setId("plan-no-decisions");
            add(none);
        } else {
            add(decisionsGrid(decisions));
        }
    }

    private Paragraph labelled(String id, String labelKey, String value) {
        Paragraph paragraph = new Paragraph(messages.format("plan.labelValue", messages.get(labelKey), value));
        paragraph.setId(id);
        return paragraph;
    }

    /** Above this many actions, an objective's table scrolls instead of showing every row in the page. */
    static final int ALL_ROWS_UP_TO = 60;

    private Component objectiveSection(int i, Objective objective) {
        VerticalLayout section = new VerticalLayout();
        section.setId("plan-objective-" + i);
        section.setPadding(false);
        String number = objective.number() == null || objective.number().isBlank()
                ? String.valueOf(i + 1) : objective.number();
        H4 heading = new H4(messages.format("plan.objectiveHeading", number, objective.title()));
        heading.setId("plan-objective-" + i + "-title");
        section.add(heading);

        if (objective.actions().isEmpty()) {
            section.add(new Paragraph(messages.get("plan.noActions")));
            return section;
        }
        Grid<Action> actions = new Grid<>();
        actions.setId("plan-objective-" + i + "-actions");
        actions.addColumn(Action::number).setHeader(messages.get("plan.action.number")).setAutoWidth(true)
                .setFlexGrow(0).setKey("number");
        actions.addColumn(Action::title).setHeader(messages.get("plan.action.title")).setFlexGrow(4)
                .setKey("title");
        actions.addColumn(action -> orDash(action.responsible()))
                .setHeader(messages.get("plan.action.responsible")).setFlexGrow(1).setKey("responsible");
        actions.addColumn(action -> orDash(action.schedule()))
                .setHeader(messages.get("plan.action.schedule")).setFlexGrow(1).setKey("schedule");
        actions.setItems(objective.actions());
        int count = objective.actions().size();
        if (count <= ALL_ROWS_UP_TO) {
            actions.setAllRowsVisible(true);
            // every row at once is asked for in pages, ten at most per request
            actions.setPageSize(Math.max(50, count / 8 + 1));
        } else {
            // A long objective scrolls inside its table: its rows are sent as they are scrolled to,
            // instead of hundreds at once to every reader of the plan. Said in words above the table.
            actions.setHeight("min(36rem, 75vh)");
            Paragraph scrolls = new Paragraph(messages.format("plan.actions.scroll", count));
            scrolls.setId("plan-objective-" + i + "-scroll");
            section.add(scrolls);
        }
        actions.setWidthFull();
        // Long "Que la TROC ..." propositions wrap instead of being cut
        actions.addThemeName("wrap-cell-content");
        actions.setAriaLabel(heading.getText());
        section.add(actions);
        return section;
    }

    /** An annexed project: its name and its budget, amounts in the user's language. */
    private Component projectSection(int i, Project project) {
        VerticalLayout section = new VerticalLayout();
        section.setId("plan-project-" + i);
        section.setPadding(false);
        H4 heading = new H4(project.annex() == null ? project.name()
                : messages.format("plan.project.annexHeading", project.annex(), project.name()));
        heading.setId("plan-project-" + i + "-title");
        section.add(heading);
        if (project.budget().isEmpty() && project.budgetTotal() == null) {
            return section;
        }
        String budgetTitle = project.budgetTitle() != null ? project.budgetTitle() : messages.get("plan.project.budget");
        if (!project.budget().isEmpty()) {
            Grid<BudgetLine> budget = new Grid<>();
            budget.setId("plan-project-" + i + "-budget");
            budget.addColumn(BudgetLine::label).setHeader(messages.get("plan.project.budget.item")).setFlexGrow(3)
                    .setKey("item");
            budget.addColumn(line -> messages.amount(line.amount())).setHeader(messages.get("plan.project.budget.amount"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setKey("amount");
            budget.setItems(project.budget());
            budget.setAllRowsVisible(true);
            budget.setWidthFull();
            budget.addThemeName("wrap-cell-content");
            budget.setAriaLabel(budgetTitle);
            section.add(new Paragraph(budgetTitle), budget);
        }
        Paragraph total = new Paragraph(messages.format("plan.project.budget.total", messages.amount(
                project.budgetTotal() != null ? project.budgetTotal() : project.budgetSum())));
        total.setId("plan-project-" + i + "-total");
        total.getStyle().set("font-weight", "bold");
        section.add(total);
        return section;
    }

    private Grid<AdoptionDecision> decisionsGrid(List<AdoptionDecision> decisions) {
        Grid<AdoptionDecision> grid = new Grid<>();
        grid.setId("plan-decisions");
        grid.addColumn(decision -> messages.date(decision.decidedAt()))
                .setHeader(messages.get("plan.decision.at")).setKey("at");
        grid.addColumn(AdoptionDecision::decidedBy).setHeader(messages.get("plan.decision.by")).setKey("by");
        grid.addColumn(AdoptionDecision::body).setHeader(messages.get("plan.decision.body")).setKey("body");
        grid.addColumn(decision -> messages.outcome(decision.outcome()))
                .setHeader(messages.get("plan.decision.outcome")).setKey("outcome");
        grid.addColumn(decision -> orDash(decision.comment()))
                .setHeader(messages.get("plan.decision.comment")).setFlexGrow(3).setKey("comment");
        grid.setItems(decisions);
        grid.setAllRowsVisible(true);
        grid.addThemeName("wrap-cell-content");
        grid.setAriaLabel(messages.get("plan.decisions"));
        return grid;
    }

    private String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    /** The decision that adopted the plan: the latest adopting one. */
    static Optional<AdoptionDecision> adoptingDecision(List<AdoptionDecision> decisions) {
        return decisions.stream()
                .filter(decision -> decision.outcome() == DecisionOutcome.ADOPT && decision.decidedAt() != null)
                .max(Comparator.comparing(AdoptionDecision::decidedAt));
    }

    private boolean canSubmit(Plan plan) {
        return user.hasRole(Role.FACILITATOR)
                && (plan.status() == PlanStatus.DRAFT || plan.status() == PlanStatus.CHANGES_REQUESTED);
    }

    void submit() {
        if (plan == null) {
            return;
        }
        long planId = plan.id();
        try {
            adoptionWorkflow.submitForAdoption(user, planId);
        } catch (RuntimeException e) {
            context.error().accept(messages.get("plan.submit.error"));
            show(planId);
            return;
        }
        context.success().accept(messages.get("plan.submitted"));
        show(planId);
    }

    Plan plan() {
        return plan;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
