package ca.concerto.ui.cycle.impl;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.PlanService;
import ca.concerto.workflow.api.TaskInbox;
import ca.concerto.workflow.api.WorkflowTask;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The facilitator's view of the cycle: each cycle of the regroupement with its plan, period, phase
 * (in words) and what is due (the user's open tasks on that plan), and a link to its page.
 */
public class CyclesView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient PlanCycleService cycleService;
    private final transient PlanService planService;
    private final transient TaskInbox taskInbox;
    private final transient ViewContext context;
    private final Messages messages;
    private final UserAccount user;
    private final Grid<PlanCycle> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private transient Map<Long, List<WorkflowTask>> tasksByPlan = Map.of();
    private transient PlanTitles titles;

    public CyclesView(PlanCycleService cycleService, PlanService planService, TaskInbox taskInbox,
                      ViewContext context) {
        this.cycleService = cycleService;
        this.planService = planService;
        this.taskInbox = taskInbox;
        this.context = context;
        this.user = context.user().get();
        this.messages = Messages.of(user);
        setId("cycles-view");

        H2 heading = new H2(messages.get("cycles.heading"));
        heading.setId("cycles-heading");
        add(heading);

        if (user.hasRole(Role.FACILITATOR)) {
            Button launch = new Button(messages.get("cycles.launch"), e -> context.navigator().accept(Routes.NEW_CYCLE));
            launch.setId("cycle-launch-button");
            launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(launch);
        }

        grid.setId("cycles-grid");
        grid.addColumn(new ComponentRenderer<>(this::planLink))
                .setHeader(messages.get("cycles.column.plan")).setFlexGrow(3).setKey("plan");
        grid.addColumn(PlanCycle::period).setHeader(messages.get("cycles.column.period")).setKey("period");
        // The phase in words, never by colour alone
        grid.addColumn(cycle -> messages.phase(cycle.phase()))
                .setHeader(messages.get("cycles.column.phase")).setKey("phase");
        grid.addColumn(this::dueText).setHeader(messages.get("cycles.column.due")).setFlexGrow(2).setKey("due");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(messages.get("cycles.heading"));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(grid);

        empty.setId("cycles-empty");
        empty.setText(messages.get("cycles.empty"));
        add(empty);
        refresh();
    }

    private Anchor planLink(PlanCycle cycle) {
        Anchor link = new Anchor(Routes.cycle(cycle.id()), planTitle(cycle));
        link.setId("cycle-link-" + cycle.id());
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** The title of the cycle's plan. */
    String planTitle(PlanCycle cycle) {
        return titles.apply(cycle);
    }

    /** What is due on the cycle's plan for this user: their open tasks, in words. */
    String dueText(PlanCycle cycle) {
        List<WorkflowTask> tasks = tasksByPlan.getOrDefault(cycle.planId(), List.of());
        if (tasks.isEmpty()) {
            return messages.get("cycles.nothingDue");
        }
        return tasks.stream().map(t -> t.kind() == null ? t.name() : messages.taskKind(t.kind()))
                .collect(Collectors.joining(" ; "));
    }

    void open(PlanCycle cycle) {
        context.navigator().accept(Routes.cycle(cycle.id()));
    }

    /** Reads the cycles and the user's tasks again. */
    public void refresh() {
        tasksByPlan = taskInbox.tasksFor(user).stream()
                .collect(Collectors.groupingBy(WorkflowTask::planId));
        List<PlanCycle> cycles = cycleService.cycles(user.regroupementId());
        titles = PlanTitles.of(planService, user.regroupementId(), messages);
        grid.setItems(cycles);
        grid.setVisible(!cycles.isEmpty());
        empty.setVisible(cycles.isEmpty());
    }

    Grid<PlanCycle> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return messages.format("page.title", messages.get("cycles.heading"));
    }
}
