package ca.concerto.ui.cycle.impl;

import java.util.Locale;
import java.util.Set;

import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.PlanService;
import ca.concerto.ui.api.Screen;
import ca.concerto.workflow.api.TaskInbox;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** "Cycles des plans": each cycle of the regroupement, its phase and what is due. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.cycle.CyclesScreen")
public class CyclesScreen implements Screen {

    private final PlanCycleService cycleService;
    private final PlanService planService;
    private final TaskInbox taskInbox;

    @Activate
    public CyclesScreen(@Reference(name = "cycleService") PlanCycleService cycleService,
                        @Reference(name = "planService") PlanService planService,
                        @Reference(name = "taskInbox") TaskInbox taskInbox) {
        this.cycleService = cycleService;
        this.planService = planService;
        this.taskInbox = taskInbox;
    }

    @Override
    public String route() {
        return Routes.CYCLES;
    }

    @Override
    public Class<? extends Component> viewType() {
        return CyclesView.class;
    }

    @Override
    public Component createView() {
        return new CyclesView(cycleService, planService, taskInbox, ViewContext.live());
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(locale).get("screen.cycles.title");
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of();
    }

    @Override
    public int menuOrder() {
        return 15;
    }

    @Override
    public boolean inMenu() {
        return true;
    }
}
