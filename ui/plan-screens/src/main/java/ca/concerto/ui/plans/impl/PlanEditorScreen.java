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

/** The plan editor at {@code plan-editor/<id>}, reached from the plan's page; not in the menu. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.plans.PlanEditorScreen")
public class PlanEditorScreen implements Screen {

    private final PlanService planService;
    private final PlanDocumentService documents;
    private final IdentityService identity;

    @Activate
    public PlanEditorScreen(@Reference(name = "planService") PlanService planService,
                            @Reference(name = "documents") PlanDocumentService documents,
                            @Reference(name = "identity") IdentityService identity) {
        this.planService = planService;
        this.documents = documents;
        this.identity = identity;
    }

    @Override
    public String route() {
        return Routes.EDITOR;
    }

    @Override
    public Class<? extends Component> viewType() {
        return PlanEditorView.class;
    }

    @Override
    public Component createView() {
        return new PlanEditorView(planService, documents, identity::usersOf, ViewContext.live());
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(locale).get("editor.title");
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of();
    }

    @Override
    public int menuOrder() {
        return 13;
    }

    @Override
    public boolean inMenu() {
        return false;
    }
}
