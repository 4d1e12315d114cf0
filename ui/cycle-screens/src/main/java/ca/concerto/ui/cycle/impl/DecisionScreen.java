package ca.concerto.ui.cycle.impl;

import java.util.Locale;
import java.util.Set;

import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.ui.api.Screen;
import ca.concerto.workflow.api.TaskInbox;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The adopting body's decision on a board task at {@code decision/<taskId>}: the exact version, what changed, the resolution. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.cycle.DecisionScreen")
public class DecisionScreen implements Screen {

    private final TaskInbox taskInbox;
    private final PlanService planService;
    private final PlanDocumentService documentService;
    private final PlanCycleService cycleService;
    private final IdentityService identityService;
    private final PlanInterchange interchange;

    @Activate
    public DecisionScreen(@Reference(name = "taskInbox") TaskInbox taskInbox,
                          @Reference(name = "planService") PlanService planService,
                          @Reference(name = "documentService") PlanDocumentService documentService,
                          @Reference(name = "cycleService") PlanCycleService cycleService,
                          @Reference(name = "identityService") IdentityService identityService,
                          @Reference(name = "interchange") PlanInterchange interchange) {
        this.taskInbox = taskInbox;
        this.planService = planService;
        this.documentService = documentService;
        this.cycleService = cycleService;
        this.identityService = identityService;
        this.interchange = interchange;
    }

    @Override
    public String route() {
        return Routes.DECISION;
    }

    @Override
    public Class<? extends Component> viewType() {
        return DecisionView.class;
    }

    @Override
    public Component createView() {
        return new DecisionView(taskInbox, planService, documentService, cycleService, identityService, interchange,
                ViewContext.live());
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(locale).get("screen.decision.title");
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of();
    }

    @Override
    public int menuOrder() {
        return 18;
    }

    @Override
    public boolean inMenu() {
        return false;
    }
}
