package ca.concerto.ui.plans.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanService;
import ca.concerto.workflow.api.TaskInbox;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.WorkflowTask;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The user's task inbox. Choosing a board decision task opens a decision panel beside the list:
 * the plan in brief, a link to it, a comment, and the three decisions.
 */
public class TasksView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient TaskInbox taskInbox;
    private final transient PlanService planService;
    private final transient ViewContext context;
    private final Messages messages;
    private final UserAccount user;
    private final BiFunction<String, Long, Optional<PlanCycle>> cycleOfPlan;

    private final Grid<WorkflowTask> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final VerticalLayout panel = new VerticalLayout();
    private WorkflowTask selected;

    /**
     * @param cycleOfPlan the cycle a plan is in (PlanCycleService::cycleOfPlan): a task of a plan's
     *                    cycle is done on the cycle's screens, which know its whole form
     */
    public TasksView(TaskInbox taskInbox, PlanService planService,
                     BiFunction<String, Long, Optional<PlanCycle>> cycleOfPlan, ViewContext context) {
        this.taskInbox = taskInbox;
        this.planService = planService;
        this.cycleOfPlan = cycleOfPlan;
        this.context = context;
        this.user = context.user().get();
        this.messages = Messages.of(user);
        setId("tasks-view");

        H2 heading = new H2(messages.get("tasks.heading"));
        heading.setId("tasks-heading");
        add(heading);

        grid.setId("tasks-grid");
        grid.addColumn(this::taskName).setHeader(messages.get("tasks.column.name")).setFlexGrow(2).setKey("name");
        grid.addColumn(WorkflowTask::planTitle).setHeader(messages.get("tasks.column.plan")).setFlexGrow(3)
                .setKey("plan");
        grid.addColumn(task -> task.createdAt() == null ? "" : messages.dateTime(task.createdAt()))
                .setHeader(messages.get("tasks.column.received")).setKey("received");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(messages.get("tasks.heading"));
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        add(grid);

        empty.setId("tasks-empty");
        empty.setText(messages.get("tasks.empty"));
        add(empty);

        panel.setId("decision-panel");
        panel.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        panel.setVisible(false);
        add(panel);

        refresh();
    }

    private String taskName(WorkflowTask task) {
        return task.kind() == null ? task.name() : messages.taskKind(task.kind());
    }

    /** Reads the inbox again and closes the decision panel. */
    public void refresh() {
        List<WorkflowTask> tasks = new ArrayList<>(taskInbox.tasksFor(user));
        tasks.sort(Comparator.comparing(WorkflowTask::createdAt, Comparator.nullsLast(Comparator.naturalOrder())));
        grid.deselectAll();
        grid.setItems(tasks);
        grid.setVisible(!tasks.isEmpty());
        empty.setVisible(tasks.isEmpty());
        select(null);
    }

    /** Opens the panel of a task, or closes it. */
    void select(WorkflowTask task) {
        selected = task;
        panel.removeAll();
        panel.setVisible(task != null);
        if (task == null) {
            return;
        }
        Optional<Plan> plan = planService.findPlan(user.regroupementId(), task.planId());

        H3 heading = new H3(taskName(task));
        heading.setId("decision-heading");
        panel.add(heading);

        Paragraph planTitle = new Paragraph(messages.format("plan.labelValue", messages.get("tasks.column.plan"),
                plan.map(Plan::title).orElse(task.planTitle())));
        planTitle.setId("decision-plan-title");
        panel.add(planTitle);
        plan.ifPresent(p -> {
            if (p.period() != null && !p.period().isBlank()) {
                Paragraph period = new Paragraph(messages.format("plan.labelValue",
                        messages.get("plan.label.period"), p.period()));
                period.setId("decision-plan-period");
                panel.add(period);
            }
            Paragraph status = new Paragraph(messages.format("plan.labelValue",
                    messages.get("plan.label.status"), messages.status(p.status())));
            status.setId("decision-plan-status");
            Paragraph objectives = new Paragraph(messages.format("decision.summary", p.objectives().size(),
                    p.objectives().stream().mapToInt(o -> o.actions().size()).sum()));
            objectives.setId("decision-plan-summary");
            panel.add(status, objectives);
        });

        Anchor link = new Anchor(Routes.plan(task.planId()), messages.get("decision.openPlan"));
        link.setId("decision-plan-link");
        link.getElement().setAttribute("router-link", true);
        panel.add(link);

        Optional<PlanCycle> cycle = cycleOfPlan.apply(user.regroupementId(), task.planId());
        if (cycle.isPresent()) {
            // the cycle's screens hold the task's whole form (the vote, the meetings, the comments)
            Anchor open = new Anchor(TasksPanel.location(task, cycle), messages.get(
                    task.kind() == TaskKind.BOARD_DECISION ? "tasks.openDecision" : "tasks.openCycle"));
            open.setId("task-open-in-cycle");
            open.getElement().setAttribute("router-link", true);
            panel.add(open);
        } else if (task.kind() == TaskKind.BOARD_DECISION) {
            TextArea comment = new TextArea(messages.get("decision.comment"));
            comment.setId("decide-comment");
            comment.setWidthFull();

            Button adopt = decisionButton("decide-adopt", "decision.adopt", DecisionOutcome.ADOPT, comment);
            adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button changes = decisionButton("decide-request-changes", "decision.requestChanges",
                    DecisionOutcome.REQUEST_CHANGES, comment);
            Button reject = decisionButton("decide-reject", "decision.reject", DecisionOutcome.REJECT, comment);
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout buttons = new HorizontalLayout(adopt, changes, reject);
            buttons.setWrap(true);
            panel.add(comment, buttons);
        } else if (task.kind() == TaskKind.REVISE_PLAN) {
            Paragraph revise = new Paragraph(messages.get("revise.text"));
            revise.setId("revise-text");
            panel.add(revise);
        } else if (task.kind() == TaskKind.BOARD_REMINDER) {
            Paragraph reminder = new Paragraph(messages.get("reminder.text"));
            reminder.setId("reminder-text");
            panel.add(reminder);
        }
    }

    private Button decisionButton(String id, String labelKey, DecisionOutcome outcome, TextArea comment) {
        Button button = new Button(messages.get(labelKey), e -> decide(outcome, comment.getValue()));
        button.setId(id);
        return button;
    }

    /** Records the board's decision on the selected task. */
    void decide(DecisionOutcome outcome, String comment) {
        if (selected == null) {
            return;
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        try {
            taskInbox.decide(user, selected.id(), outcome, note);
        } catch (RuntimeException e) {
            context.error().accept(messages.get("decision.error"));
            refresh();
            return;
        }
        context.success().accept(messages.get("decision.recorded." + outcome.name()));
        refresh();
    }

    Grid<WorkflowTask> grid() {
        return grid;
    }

    VerticalLayout panel() {
        return panel;
    }

    @Override
    public String getPageTitle() {
        return messages.format("page.title", messages.get("tasks.heading"));
    }
}
