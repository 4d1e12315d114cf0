package ca.concerto.ui.cycle.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ca.concerto.cycle.api.CycleLaunch;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.workflow.api.PlanCycleWorkflow;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * "Lancer un cycle": title, period, what the plan starts from (the regroupement's template or a
 * previous plan carried over), the adopting body and the consultation deadline. Errors show beside
 * their fields; a launched cycle opens its page.
 */
public class NewCycleView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** The adopting bodies a cycle may name: conseil d'administration, AGA, comité de coordination. */
    static final List<String> BODIES = List.of("CA", "AGA", "CC");

    private final transient PlanService planService;
    private final transient PlanCycleWorkflow cycleWorkflow;
    private final transient ViewContext context;
    private final Messages messages;
    private final UserAccount user;

    private final TextField title = new TextField();
    private final TextField period = new TextField();
    private final Select<PlanSummary> source = new Select<>();
    private final Select<String> body = new Select<>();
    private final DatePicker deadline = new DatePicker();
    private final Span formError = Ui.errorLine("cycle-launch-error");

    public NewCycleView(PlanService planService, PlanCycleWorkflow cycleWorkflow, ViewContext context) {
        this.planService = planService;
        this.cycleWorkflow = cycleWorkflow;
        this.context = context;
        this.user = context.user().get();
        this.messages = Messages.of(user);
        setId("new-cycle-view");

        H2 heading = new H2(messages.get("launch.heading"));
        heading.setId("new-cycle-heading");
        add(heading);

        if (!user.hasRole(Role.FACILITATOR)) {
            Paragraph denied = new Paragraph(messages.get("launch.facilitatorsOnly"));
            denied.setId("cycle-launch-denied");
            add(denied);
            return;
        }

        title.setId("cycle-title");
        title.setLabel(messages.get("launch.title"));
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();

        period.setId("cycle-period");
        period.setLabel(messages.get("launch.period"));
        period.setHelperText(messages.get("launch.period.helper"));
        period.setRequiredIndicatorVisible(true);
        period.setWidth("14em");

        source.setId("cycle-source");
        source.setLabel(messages.get("launch.source"));
        source.setHelperText(messages.get("launch.source.helper"));
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(messages.get("launch.source.template"));
        source.setItemLabelGenerator(p -> p == null ? messages.get("launch.source.template")
                : messages.format("launch.source.carryOver", p.title(), p.period() == null ? "" : p.period()));
        List<PlanSummary> plans = new ArrayList<>(planService.listPlans(user.regroupementId()));
        plans.sort(Comparator.comparing((PlanSummary p) -> p.period() == null ? "" : p.period()).reversed());
        source.setItems(plans);
        source.setWidth("min(100%, 40em)");

        body.setId("cycle-adopting-body");
        body.setLabel(messages.get("launch.body"));
        body.setItems(BODIES);
        body.setItemLabelGenerator(messages::body);
        body.setValue("CA");
        body.setWidth("min(100%, 28em)");

        deadline.setId("cycle-consultation-deadline");
        deadline.setLabel(messages.get("launch.deadline"));
        deadline.setHelperText(messages.get("launch.deadline.helper"));
        deadline.setRequiredIndicatorVisible(true);
        Ui.dateField(deadline, messages);

        Button launch = new Button(messages.get("launch.submit"), e -> launch());
        launch.setId("cycle-launch-submit");
        launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(messages.get("form.cancel"), e -> context.navigator().accept(Routes.CYCLES));
        cancel.setId("cycle-launch-cancel");

        add(title, period, source, body, deadline, formError, new HorizontalLayout(launch, cancel));
    }

    /** Checks the form, launches the cycle and opens its page. */
    void launch() {
        boolean valid = true;
        valid &= require(title, title.getValue() != null && !title.getValue().isBlank(), "launch.error.title");
        valid &= require(period, period.getValue() != null && !period.getValue().isBlank(), "launch.error.period");
        body.setInvalid(body.getValue() == null);
        body.setErrorMessage(body.getValue() == null ? messages.get("launch.error.body") : null);
        valid &= body.getValue() != null;
        LocalDate due = deadline.getValue();
        if (due == null) {
            deadline.setInvalid(true);
            deadline.setErrorMessage(messages.get("launch.error.deadline"));
            valid = false;
        } else if (due.isBefore(LocalDate.now(Messages.QUEBEC_ZONE))) {
            deadline.setInvalid(true);
            deadline.setErrorMessage(messages.get("launch.error.deadlinePast"));
            valid = false;
        } else {
            deadline.setInvalid(false);
            deadline.setErrorMessage(null);
        }
        Ui.showError(formError, valid ? null : messages.get("form.fixErrors"));
        if (!valid) {
            return;
        }
        PlanSummary from = source.getValue();
        PlanCycle cycle;
        try {
            cycle = cycleWorkflow.launch(user, new CycleLaunch(title.getValue(), period.getValue(),
                    from == null ? null : from.id(), body.getValue(), due));
        } catch (SecurityException e) {
            Ui.showError(formError, messages.get("launch.facilitatorsOnly"));
            return;
        } catch (IllegalArgumentException e) {
            Ui.showError(formError, messages.get("launch.error.refused"));
            return;
        } catch (RuntimeException e) {
            Ui.showError(formError, messages.get("launch.error.failed"));
            context.error().accept(messages.get("launch.error.failed"));
            return;
        }
        context.success().accept(messages.format("launch.done", title.getValue().strip()));
        context.navigator().accept(Routes.cycle(cycle.id()));
    }

    private boolean require(TextField field, boolean ok, String errorKey) {
        field.setInvalid(!ok);
        field.setErrorMessage(ok ? null : messages.get(errorKey));
        return ok;
    }

    @Override
    public String getPageTitle() {
        return messages.format("page.title", messages.get("launch.heading"));
    }
}
