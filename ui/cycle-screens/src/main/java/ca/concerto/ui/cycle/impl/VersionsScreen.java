package ca.concerto.ui.cycle.impl;

import java.util.Locale;
import java.util.Set;

import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.ui.api.Screen;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** A plan's version history at {@code versions/<planId>}, reached from the plan's page; not in the menu. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.cycle.VersionsScreen")
public class VersionsScreen implements Screen {

    private final PlanService planService;
    private final PlanDocumentService documentService;
    private final PlanInterchange interchange;

    @Activate
    public VersionsScreen(@Reference(name = "planService") PlanService planService,
                          @Reference(name = "documentService") PlanDocumentService documentService,
                          @Reference(name = "interchange") PlanInterchange interchange) {
        this.planService = planService;
        this.documentService = documentService;
        this.interchange = interchange;
    }

    @Override
    public String route() {
        return Routes.VERSIONS;
    }

    @Override
    public Class<? extends Component> viewType() {
        return VersionsView.class;
    }

    @Override
    public Component createView() {
        return new VersionsView(planService, documentService, interchange, ViewContext.live());
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(locale).get("versions.heading");
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of();
    }

    @Override
    public boolean inMenu() {
        return false;
    }
}
