package ca.concerto.ui.plans.impl;

import java.util.Locale;
import java.util.Set;

import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.PlanService;
import ca.concerto.ui.api.Screen;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** "Nouveau plan d'action": the form, for facilitators; reached from the plans list, not the menu. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.plans.NewPlanScreen")
public class NewPlanScreen implements Screen {

    private final PlanService planService;

    @Activate
    public NewPlanScreen(@Reference(name = "planService") PlanService planService) {
        this.planService = planService;
    }

    @Override
    public String route() {
        return Routes.NEW_PLAN;
    }

    @Override
    public Class<? extends Component> viewType() {
        return NewPlanView.class;
    }

    @Override
    public Component createView() {
        return new NewPlanView(planService, ViewContext.live());
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(locale).get("screen.newPlan.title");
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.FACILITATOR);
    }

    @Override
    public int menuOrder() {
        return 11;
    }

    @Override
    public boolean inMenu() {
        return false;
    }
}
