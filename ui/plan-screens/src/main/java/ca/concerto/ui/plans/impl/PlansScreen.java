package ca.concerto.ui.plans.impl;

import java.util.Locale;
import java.util.Set;

import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.PlanService;
import ca.concerto.ui.api.Screen;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** "Plans d'action": the regroupement's plans, for any signed-in user. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.plans.PlansScreen")
public class PlansScreen implements Screen {

    private final PlanService planService;

    @Activate
    public PlansScreen(@Reference(name = "planService") PlanService planService) {
        this.planService = planService;
    }

    @Override
    public String route() {
        return Routes.PLANS;
    }

    @Override
    public Class<? extends Component> viewType() {
        return PlansView.class;
    }

    @Override
    public Component createView() {
        return new PlansView(planService, ViewContext.live());
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(locale).get("screen.plans.title");
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of();
    }

    @Override
    public int menuOrder() {
        return 10;
    }
}
