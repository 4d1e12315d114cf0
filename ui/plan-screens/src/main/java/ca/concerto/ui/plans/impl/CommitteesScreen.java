package ca.concerto.ui.plans.impl;

import java.util.Locale;
import java.util.Set;

import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanService;
import ca.concerto.ui.api.Screen;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** A plan's committees at {@code plan-committees/<id>}, reached from the plan's page and the directory; not in the menu. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.plans.CommitteesScreen")
public class CommitteesScreen implements Screen {

    private final PlanService planService;
    private final PlanDocumentService documents;

    @Activate
    public CommitteesScreen(@Reference(name = "planService") PlanService planService,
                            @Reference(name = "documents") PlanDocumentService documents) {
        this.planService = planService;
        this.documents = documents;
    }

    @Override
    public String route() {
        return Routes.COMMITTEES;
    }

    @Override
    public Class<? extends Component> viewType() {
        return CommitteesView.class;
    }

    @Override
    public Component createView() {
        return new CommitteesView(planService, documents, ViewContext.live());
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(locale).get("committees.title");
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of();
    }

    @Override
    public int menuOrder() {
        return 15;
    }

    @Override
    public boolean inMenu() {
        return false;
    }
}
