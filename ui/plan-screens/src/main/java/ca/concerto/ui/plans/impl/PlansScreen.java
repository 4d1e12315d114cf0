package ca.concerto.ui.plans.impl;

import java.util.Locale;
import java.util.Set;

import ca.concerto.identity.api.RegroupementService;
import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.PlanService;
import ca.concerto.ui.api.CurrentUser;
import ca.concerto.ui.api.Screen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** "Plans d'action": the regroupement's plans, for any signed-in user. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.plans.PlansScreen")
public class PlansScreen implements Screen {

    private final PlanService planService;
    private final RegroupementService regroupements;

    @Activate
    public PlansScreen(@Reference(name = "planService") PlanService planService,
                       @Reference(name = "regroupements") RegroupementService regroupements) {
        this.planService = planService;
        this.regroupements = regroupements;
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
        return new PlansView(planService, regroupements::all, regroupement -> {
            CurrentUser.workIn(regroupement);
            // every part of the page (menu, home panels, this list) for the regroupement chosen
            UI.getCurrent().getPage().reload();
        }, ViewContext.live());
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
