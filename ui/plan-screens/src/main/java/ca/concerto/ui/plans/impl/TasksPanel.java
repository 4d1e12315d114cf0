package ca.concerto.ui.plans.impl;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.workflow.api.TaskInbox;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.WorkflowTask;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * "Mes tâches" on the home page: how many tasks wait for the user, the oldest first (up to
 * {@value #SHOWN}), each a link to where it is done, and a link to the whole inbox.
 */
public class TasksPanel extends Section {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 5;

    public TasksPanel(TaskInbox taskInbox, BiFunction<String, Long, Optional<PlanCycle>> cycleOfPlan,
                      UserAccount user) {
        Messages messages = Messages.of(user);
        setId("home-tasks");
        H3 heading = new H3(messages.get("home.tasks.heading"));
        heading.setId("home-tasks-heading");
        add(heading);
        getElement().setAttribute("aria-labelledby", "home-tasks-heading");

        List<WorkflowTask> tasks = taskInbox.tasksFor(user);
        Paragraph count = new Paragraph(tasks.isEmpty() ? messages.get("home.tasks.none")
                : messages.format("home.tasks.count", tasks.size()));
        count.setId("home-tasks-count");
        add(count);
        if (!tasks.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("home-tasks-list");
            for (WorkflowTask task : tasks.subList(0, Math.min(SHOWN, tasks.size()))) {
                Anchor link = new Anchor(location(task, cycleOfPlan.apply(user.regroupementId(), task.planId())),
                        task.kind() == null ? task.name() : messages.taskKind(task.kind()));
                link.getElement().setAttribute("router-link", true);
                ListItem item = new ListItem(link, new Span(" — " + messages.format("home.tasks.item",
                        task.planTitle() == null ? "" : task.planTitle(),
                        task.createdAt() == null ? "" : messages.dateTime(task.createdAt()))));
                item.setId("home-task-" + task.id());
                list.add(item);
            }
            add(list);
        }
        Anchor all = new Anchor(Routes.TASKS, messages.get("home.tasks.all"));
        all.setId("home-tasks-all");
        all.getElement().setAttribute("router-link", true);
        add(all);
    }

    /**
     * Where a task is done: a cycle's board decision on the decision screen, a cycle's other tasks
     * on the cycle's page, a plan's adoption outside a cycle in the inbox.
     */
    static String location(WorkflowTask task, Optional<PlanCycle> cycle) {
        if (cycle.isEmpty()) {
            return Routes.TASKS;
        }
        return task.kind() == TaskKind.BOARD_DECISION ? Routes.decision(task.id()) : Routes.cycle(cycle.get().id());
    }
}
