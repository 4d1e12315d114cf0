package ca.concerto.ui.plans.impl;

import java.util.Locale;
import java.util.Set;

import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanService;
import ca.concerto.ui.api.Screen;
import ca.concerto.workflow.api.AdoptionWorkflow;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** A plan's detail at {@code plan/<id>}, reached by link; not in the menu. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.plans.PlanScreen")
public class PlanScreen implements Screen {

    private final PlanService planService;
    private final AdoptionWorkflow adoptionWorkflow;
    private final PlanDocumentService documents;

    @Activate
    public PlanScreen(@Reference(name = "planService") PlanService planService,
                      @Reference(name = "adoptionWorkflow") AdoptionWorkflow adoptionWorkflow,
                      @Reference(name = "documents") PlanDocumentService documents) {
        this.planService = planService;
        this.adoptionWorkflow = adoptionWorkflow;
        this.documents = documents;
    }

    @Override
    public String route() {
        return Routes.PLAN;
    }

    @Override
    public Class<? extends Component> viewType() {
        return PlanView.class;
    }

    @Override
    public Component createView() {
        return new PlanView(planService, adoptionWorkflow, documents::header, ViewContext.live());
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(locale).get("screen.plan.title");
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of();
    }

    @Override
    public int menuOrder() {
        return 12;
    }

    @Override
    public boolean inMenu() {
        return false;
    }
}
