package ca.concerto.ui.plans.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import ca.concerto.identity.api.Regroupement;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.PlanSummary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
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
    private final Select<String> regroupementFilter = new Select<>();
    private final Select<String> periodFilter = new Select<>();
    private final Select<PlanStatus> statusFilter = new Select<>();
    private final TextField titleFilter = new TextField();
    private final Paragraph noMatch = new Paragraph();
    private final Button clearFilters = new Button();
    private transient List<PlanSummary> plans = List.of();

    public PlansView(PlanService planService, ViewContext context) {
        this(planService, List::of, regroupement -> { }, context);
    }

    /**
     * @param regroupements the platform's regroupements, offered to a platform administrator by name
     * @param workIn        makes the session work in the regroupement chosen (its id), and shows the page again
     */
    public PlansView(PlanService planService, Supplier<List<Regroupement>> regroupements, Consumer<String> workIn,
                     ViewContext context) {
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

        if (user.hasRole(Role.PLATFORM_ADMINISTRATOR)) {
            add(regroupementChoice(regroupements.get(), workIn));
        }
        add(filters());

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
        noMatch.setId("plans-no-match");
        noMatch.setText(messages.get("plans.filter.noMatch"));
        add(empty, noMatch);
        refresh();
    }

    /**
     * The regroupement a platform administrator works in: choosing another shows its plans, and its
     * directory, cycles and people on every other screen too.
     */
    private Component regroupementChoice(List<Regroupement> regroupements, Consumer<String> workIn) {
        regroupementFilter.setId("plans-filter-regroupement");
        regroupementFilter.setLabel(messages.get("plans.filter.regroupement"));
        regroupementFilter.setHelperText(messages.get("plans.filter.regroupement.help"));
        // room for its helper text on a wide screen, the screen's width on a narrow one
        regroupementFilter.setWidth("28em");
        regroupementFilter.setMaxWidth("100%");
        // by name; the one the session works in is offered even if it is not listed yet
        Map<String, String> names = new LinkedHashMap<>();
        regroupements.forEach(r -> names.put(r.id(), r.name()));
        names.putIfAbsent(user.regroupementId(), user.regroupementId());
        List<String> offered = new ArrayList<>(names.keySet());
        offered.sort(Comparator.comparing((String id) -> names.get(id), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Comparator.naturalOrder()));
        regroupementFilter.setItems(offered);
        regroupementFilter.setItemLabelGenerator(id -> id == null ? "" : names.getOrDefault(id, id));
        regroupementFilter.setValue(user.regroupementId());
        regroupementFilter.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(user.regroupementId())) {
                workIn.accept(e.getValue());
            }
        });
        return regroupementFilter;
    }

    /** Period, status and words of the title; each narrows the list at once, none hides it. */
    private Component filters() {
        periodFilter.setId("plans-filter-period");
        periodFilter.setLabel(messages.get("plans.filter.period"));
        periodFilter.setEmptySelectionAllowed(true);
        periodFilter.setEmptySelectionCaption(messages.get("plans.filter.allPeriods"));
        periodFilter.addValueChangeListener(e -> applyFilters());

        statusFilter.setId("plans-filter-status");
        statusFilter.setLabel(messages.get("plans.filter.status"));
        statusFilter.setItems(PlanStatus.values());
        statusFilter.setItemLabelGenerator(status -> status == null ? messages.get("plans.filter.allStatuses")
                : messages.status(status));
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(messages.get("plans.filter.allStatuses"));
        statusFilter.addValueChangeListener(e -> applyFilters());

        titleFilter.setId("plans-filter-title");
        titleFilter.setLabel(messages.get("plans.filter.title"));
        titleFilter.setClearButtonVisible(true);
        titleFilter.setValueChangeMode(ValueChangeMode.LAZY);
        titleFilter.addValueChangeListener(e -> applyFilters());

        clearFilters.setText(messages.get("plans.filter.clear"));
        clearFilters.setId("plans-filter-clear");
        clearFilters.addClickListener(e -> {
            periodFilter.clear();
            statusFilter.clear();
            titleFilter.clear();
        });

        FlexLayout filters = new FlexLayout(periodFilter, statusFilter, titleFilter, clearFilters);
        filters.setId("plans-filters");
        // side by side when there is room, one under the other on a narrow screen
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        return filters;
    }

    private void applyFilters() {
        String period = periodFilter.getValue();
        PlanStatus status = statusFilter.getValue();
        String words = titleFilter.getValue() == null ? "" : titleFilter.getValue().strip().toLowerCase(messages.locale());
        List<PlanSummary> shown = plans.stream()
                .filter(p -> period == null || period.equals(p.period()))
                .filter(p -> status == null || status == p.status())
                .filter(p -> words.isEmpty() || (p.title() != null && p.title().toLowerCase(messages.locale()).contains(words)))
                .toList();
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(plans.isEmpty());
        noMatch.setVisible(!plans.isEmpty() && shown.isEmpty());
        clearFilters.setEnabled(period != null || status != null || !words.isEmpty());
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

    /** Reads the plans again, keeping the filters. */
    public void refresh() {
        List<PlanSummary> read = new ArrayList<>(planService.listPlans(user.regroupementId()));
        // Newest period first, then by title
        read.sort(Comparator.comparing((PlanSummary p) -> p.period() == null ? "" : p.period()).reversed()
                .thenComparing(p -> p.title() == null ? "" : p.title()));
        plans = List.copyOf(read);
        String period = periodFilter.getValue();
        List<String> periods = plans.stream().map(PlanSummary::period).filter(p -> p != null && !p.isBlank())
                .distinct().toList();
        periodFilter.setItems(periods);
        periodFilter.setValue(periods.contains(period) ? period : null);
        applyFilters();
    }

    Grid<PlanSummary> grid() {
        return grid;
    }

    Select<String> regroupementFilter() {
        return regroupementFilter;
    }

    Select<String> periodFilter() {
        return periodFilter;
    }

    Select<PlanStatus> statusFilter() {
        return statusFilter;
    }

    TextField titleFilter() {
        return titleFilter;
    }

    @Override
    public String getPageTitle() {
        return messages.format("page.title", messages.get("plans.heading"));
    }
}
