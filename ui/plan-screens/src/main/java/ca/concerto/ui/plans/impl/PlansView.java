package ca.concerto.ui.plans.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanSummary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;

/** The regroupement's plans d'action; facilitators may open a new one. */
public class PlansView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient PlanService planService;
    private final transient ViewContext context;
    private final Messages messages;
    private final UserAccount user;
    private final Grid<PlanSummary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public PlansView(PlanService planService, ViewContext context) {
        this.planService = planService;
        this.context = context;
        this.user = context.user().get();
        this.messages = Messages.of(user);
        setId("plans-view");

        H2 heading = new H2(messages.get("plans.heading"));
        heading.setId("plans-heading");
        add(heading);

        if (user.hasRole(Role.FACILITATOR)) {
            Button newPlan = new Button(messages.get("plans.new"), e -> context.navigator().accept(Routes.NEW_PLAN));
            newPlan.setId("new-plan-button");
            newPlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(newPlan);
        }

        grid.setId("plans-grid");
        grid.addColumn(new ComponentRenderer<>(this::titleLink))
                .setHeader(messages.get("plans.column.title")).setFlexGrow(3).setKey("title");
        grid.addColumn(PlanSummary::period)
                .setHeader(messages.get("plans.column.period")).setKey("period");
        // Status in words, never by colour alone
        grid.addColumn(summary -> messages.status(summary.status()))
                .setHeader(messages.get("plans.column.status")).setKey("status");
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(messages.get("plans.heading"));
        add(grid);

        empty.setId("plans-empty");
        empty.setText(messages.get("plans.empty"));
        add(empty);
        refresh();
    }

    private Anchor titleLink(PlanSummary summary) {
        Anchor link = new Anchor(Routes.plan(summary.id()), summary.title());
        link.setId("plan-link-" + summary.id());
        // Handled by the Vaadin router, without reloading the page
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    void open(PlanSummary summary) {
        context.navigator().accept(Routes.plan(summary.id()));
    }

    /** Reads the plans again. */
    public void refresh() {
        List<PlanSummary> plans = new ArrayList<>(planService.listPlans(user.regroupementId()));
        // Newest period first, then by title
        plans.sort(Comparator.comparing((PlanSummary p) -> p.period() == null ? "" : p.period()).reversed()
                .thenComparing(p -> p.title() == null ? "" : p.title()));
        grid.setItems(plans);
        grid.setVisible(!plans.isEmpty());
        empty.setVisible(plans.isEmpty());
    }

    Grid<PlanSummary> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return messages.format("page.title", messages.get("plans.heading"));
    }
}
