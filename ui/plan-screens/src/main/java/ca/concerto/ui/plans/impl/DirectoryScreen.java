package ca.concerto.ui.plans.impl;

import java.util.Locale;
import java.util.Set;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanService;
import ca.concerto.ui.api.Screen;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** "Répertoire": organizations, people and committees of the regroupement. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.plans.DirectoryScreen")
public class DirectoryScreen implements Screen {

    private final PlanService planService;
    private final IdentityService identity;
    private final PlanDocumentService documents;

    @Activate
    public DirectoryScreen(@Reference(name = "planService") PlanService planService,
                           @Reference(name = "identity") IdentityService identity,
                           @Reference(name = "documents") PlanDocumentService documents) {
        this.planService = planService;
        this.identity = identity;
        this.documents = documents;
    }

    @Override
    public String route() {
        return Routes.DIRECTORY;
    }

    @Override
    public Class<? extends Component> viewType() {
        return DirectoryView.class;
    }

    @Override
    public Component createView() {
        return new DirectoryView(planService, identity::usersOf, documents::header, ViewContext.live());
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(locale).get("directory.heading");
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of();
    }

    @Override
    public int menuOrder() {
        return 40;
    }
}
