package ca.concerto.ui.cycle.impl;

import java.time.LocalDate;
import java.util.Set;

import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.PlanService;
import ca.concerto.ui.api.CurrentUser;
import ca.concerto.ui.api.HomePanel;
import ca.concerto.ui.api.ScreenTexts;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Plans in progress and deadlines coming, on everyone's home page after their tasks. */
@org.osgi.service.component.annotations.Component(service = HomePanel.class, name = "ca.concerto.ui.cycle.CyclesHomePanel")
public class CyclesHomePanel implements HomePanel {

    private final PlanCycleService cycles;
    private final PlanService plans;

    @Activate
    public CyclesHomePanel(@Reference(name = "cycleService") PlanCycleService cycles,
                           @Reference(name = "planService") PlanService plans) {
        this.cycles = cycles;
        this.plans = plans;
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create() {
        UserAccount user = CurrentUser.require();
        Messages messages = Messages.of(user);
        return new CyclesPanel(cycles.cycles(user.regroupementId()),
                PlanTitles.of(plans, user.regroupementId(), messages),
                LocalDate.now(ScreenTexts.QUEBEC_ZONE), user);
    }
}
