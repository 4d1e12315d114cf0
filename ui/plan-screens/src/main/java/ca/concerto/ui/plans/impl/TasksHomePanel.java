package ca.concerto.ui.plans.impl;

import java.util.Set;

import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.identity.api.Role;
import ca.concerto.ui.api.CurrentUser;
import ca.concerto.ui.api.HomePanel;
import ca.concerto.workflow.api.TaskInbox;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The user's tasks, first on everyone's home page. */
@org.osgi.service.component.annotations.Component(service = HomePanel.class, name = "ca.concerto.ui.plans.TasksHomePanel")
public class TasksHomePanel implements HomePanel {

    private final TaskInbox taskInbox;
    private final PlanCycleService cycles;

    @Activate
    public TasksHomePanel(@Reference(name = "taskInbox") TaskInbox taskInbox,
                          @Reference(name = "cycles") PlanCycleService cycles) {
        this.taskInbox = taskInbox;
        this.cycles = cycles;
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create() {
        return new TasksPanel(taskInbox, cycles::cycleOfPlan, CurrentUser.require());
    }
}
