package ca.concerto.ui.cycle.impl;

import java.util.Locale;
import java.util.Set;

import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanService;
import ca.concerto.ui.api.Screen;
import ca.concerto.workflow.api.TaskInbox;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** A cycle page at {@code cycle/<id>}, reached by link; not in the menu. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.cycle.CycleScreen")
public class CycleScreen implements Screen {

    private final PlanCycleService cycleService;
    private final PlanService planService;
    private final PlanDocumentService documentService;
    private final IdentityService identityService;
    private final TaskInbox taskInbox;

    @Activate
    public CycleScreen(@Reference(name = "cycleService") PlanCycleService cycleService,
                       @Reference(name = "planService") PlanService planService,
                       @Reference(name = "documentService") PlanDocumentService documentService,
                       @Reference(name = "identityService") IdentityService identityService,
                       @Reference(name = "taskInbox") TaskInbox taskInbox) {
        this.cycleService = cycleService;
        this.planService = planService;
        this.documentService = documentService;
        this.identityService = identityService;
        this.taskInbox = taskInbox;
    }

    @Override
    public String route() {
        return Routes.CYCLE;
    }

    @Override
    public Class<? extends Component> viewType() {
        return CycleView.class;
    }

    @Override
    public Component createView() {
        return new CycleView(cycleService, planService, documentService, identityService, taskInbox, ViewContext.live());
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(locale).get("screen.cycle.title");
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of();
    }

    @Override
    public int menuOrder() {
        return 17;
    }

    @Override
    public boolean inMenu() {
        return false;
    }
}
