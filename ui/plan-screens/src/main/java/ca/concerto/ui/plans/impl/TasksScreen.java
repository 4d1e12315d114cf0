package ca.concerto.ui.plans.impl;

import java.util.Locale;
import java.util.Set;

import ca.concerto.identity.api.Role;
import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.plan.api.PlanService;
import ca.concerto.ui.api.Screen;
import ca.concerto.workflow.api.TaskInbox;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** "Mes tâches": the user's task inbox and the board's decision panel. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.plans.TasksScreen")
public class TasksScreen implements Screen {

    private final TaskInbox taskInbox;
    private final PlanService planService;
    private final PlanCycleService cycles;

    @Activate
    public TasksScreen(@Reference(name = "taskInbox") TaskInbox taskInbox,
                       @Reference(name = "planService") PlanService planService,
                       @Reference(name = "cycles") PlanCycleService cycles) {
        this.taskInbox = taskInbox;
        this.planService = planService;
        this.cycles = cycles;
    }

    @Override
    public String route() {
        return Routes.TASKS;
    }

    @Override
    public Class<? extends Component> viewType() {
        return TasksView.class;
    }

    @Override
    public Component createView() {
        return new TasksView(taskInbox, planService, cycles::cycleOfPlan, ViewContext.live());
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(locale).get("screen.tasks.title");
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of();
    }

    @Override
    public int menuOrder() {
        return 20;
    }
}
