package ca.concerto.ui.cycle.impl;

import java.util.Locale;
import java.util.Set;

import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.PlanService;
import ca.concerto.ui.api.Screen;
import ca.concerto.workflow.api.PlanCycleWorkflow;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** "Lancer un cycle": the launch form, for facilitators; reached from the cycles list, not the menu. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.cycle.NewCycleScreen")
public class NewCycleScreen implements Screen {

    private final PlanService planService;
    private final PlanCycleWorkflow cycleWorkflow;

    @Activate
    public NewCycleScreen(@Reference(name = "planService") PlanService planService,
                          @Reference(name = "cycleWorkflow") PlanCycleWorkflow cycleWorkflow) {
        this.planService = planService;
        this.cycleWorkflow = cycleWorkflow;
    }

    @Override
    public String route() {
        return Routes.NEW_CYCLE;
    }

    @Override
    public Class<? extends Component> viewType() {
        return NewCycleView.class;
    }

    @Override
    public Component createView() {
        return new NewCycleView(planService, cycleWorkflow, ViewContext.live());
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(locale).get("screen.newCycle.title");
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.FACILITATOR);
    }

    @Override
    public int menuOrder() {
        return 16;
    }

    @Override
    public boolean inMenu() {
        return false;
    }
}
