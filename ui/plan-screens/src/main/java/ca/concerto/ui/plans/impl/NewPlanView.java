package ca.concerto.ui.plans.impl;

import java.util.HashMap;
import java.util.Map;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanService;
import ca.concerto.ui.plans.impl.PlanForm.ActionForm;
import ca.concerto.ui.plans.impl.PlanForm.ObjectiveForm;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The form that opens a new plan d'action: title, period, mission, and objectives each with action
 * rows. Errors show beside the fields they concern.
 */
public class NewPlanView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient PlanService planService;
    private final transient ViewContext context;
    private final Messages messages;
    private final UserAccount user;
    private final PlanForm form = new PlanForm();

    private final TextField title = new TextField();
    private final TextField period = new TextField();
    private final TextArea mission = new TextArea();
    private final VerticalLayout objectivesLayout = new VerticalLayout();
    private final Span objectivesError = new Span();
    private final Span formError = new Span();
    /** The validatable fields by id, rebuilt with the objectives. */
    private final Map<String, HasValidation> fields = new HashMap<>();

    public NewPlanView(PlanService planService, ViewContext context) {
        this.planService = planService;
        this.context = context;
        this.user = context.user().get();
        this.messages = Messages.of(user);
        setId("new-plan-view");

        H2 heading = new H2(messages.get("form.heading"));
        heading.setId("new-plan-heading");
        add(heading);

        if (!user.hasRole(Role.FACILITATOR)) {
            Paragraph denied = new Paragraph(messages.get("form.facilitatorsOnly"));
            denied.setId("new-plan-denied");
            add(denied);
            return;
        }

        title.setId(PlanForm.TITLE);
        title.setLabel(messages.get("form.title"));
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.EAGER);
        title.addValueChangeListener(e -> form.setTitle(e.getValue()));

        period.setId(PlanForm.PERIOD);
        period.setLabel(messages.get("form.period"));
        period.setHelperText(messages.get("form.period.helper"));
        period.setValueChangeMode(ValueChangeMode.EAGER);
        period.addValueChangeListener(e -> form.setPeriod(e.getValue()));

        mission.setId(PlanForm.MISSION);
        mission.setLabel(messages.get("form.mission"));
        mission.setWidthFull();
        mission.setValueChangeMode(ValueChangeMode.EAGER);
        mission.addValueChangeListener(e -> form.setMission(e.getValue()));

        add(title, period, mission);

        H3 objectivesHeading = new H3(messages.get("form.objectives"));
        objectivesHeading.setId("objectives-heading");
        objectivesError.setId(PlanForm.OBJECTIVES);
        objectivesError.getElement().setAttribute("role", "alert");
        objectivesError.getStyle().set("color", "var(--lumo-error-text-color)");
        objectivesError.setVisible(false);
        objectivesLayout.setId("objectives");
        objectivesLayout.setPadding(false);

        Button addObjective = new Button(messages.get("form.addObjective"), e -> {
            form.addObjective();
            renderObjectives();
            focus(PlanForm.objectiveTitleId(form.objectives().size() - 1));
        });
        addObjective.setId("add-objective");

        add(objectivesHeading, objectivesError, objectivesLayout, addObjective);

        formError.setId("form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.setVisible(false);

        Button save = new Button(messages.get("form.save"), e -> save());
        save.setId("save-plan");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(messages.get("form.cancel"), e -> context.navigator().accept(Routes.PLANS));
        cancel.setId("cancel-plan");
        add(formError, new HorizontalLayout(save, cancel));

        form.addObjective();
        renderObjectives();
    }

    /** Rebuilds the objective sections from the form, so ids follow positions. */
    private void renderObjectives() {
        objectivesLayout.removeAll();
        fields.keySet().removeIf(id -> id.startsWith("objective-") || id.startsWith("action-"));
        for (int i = 0; i < form.objectives().size(); i++) {
            objectivesLayout.add(objectiveSection(i, form.objectives().get(i)));
        }
    }

    private Component objectiveSection(int i, ObjectiveForm objective) {
        VerticalLayout section = new VerticalLayout();
        section.setId("objective-" + i);
        section.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");

        H4 heading = new H4(messages.format("form.objective", i + 1));
        heading.setId("objective-" + i + "-heading");

        TextField objectiveTitle = new TextField(messages.get("form.objective.title"));
        objectiveTitle.setId(PlanForm.objectiveTitleId(i));
        objectiveTitle.setRequiredIndicatorVisible(true);
        objectiveTitle.setWidthFull();
        objectiveTitle.setValue(objective.getTitle());
        objectiveTitle.setValueChangeMode(ValueChangeMode.EAGER);
        objectiveTitle.addValueChangeListener(e -> objective.setTitle(e.getValue()));
        fields.put(objectiveTitle.getId().orElseThrow(), objectiveTitle);

        Button remove = new Button(messages.get("form.removeObjective"), e -> {
            form.objectives().remove(objective);
            renderObjectives();
        });
        remove.setId("remove-objective-" + i);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(messages.format("form.removeObjective.aria", i + 1));

        section.add(heading, objectiveTitle);
        for (int j = 0; j < objective.actions().size(); j++) {
            section.add(actionRow(i, j, objective, objective.actions().get(j)));
        }

        Button addAction = new Button(messages.get("form.addAction"), e -> {
            objective.addAction();
            renderObjectives();
            focus(PlanForm.actionFieldId(i, objective.actions().size() - 1, "title"));
        });
        addAction.setId("add-action-" + i);
        addAction.setAriaLabel(messages.format("form.addAction.aria", i + 1));
        section.add(new HorizontalLayout(addAction, remove));
        return section;
    }

    private Component actionRow(int i, int j, ObjectiveForm objective, ActionForm action) {
        String number = (i + 1) + "." + (j + 1);

        TextField actionTitle = new TextField(messages.format("form.action.title", number));
        actionTitle.setId(PlanForm.actionFieldId(i, j, "title"));
        actionTitle.setValue(action.getTitle());
        actionTitle.setValueChangeMode(ValueChangeMode.EAGER);
        actionTitle.addValueChangeListener(e -> action.setTitle(e.getValue()));
        actionTitle.getStyle().set("flex-grow", "3");
        fields.put(actionTitle.getId().orElseThrow(), actionTitle);

        TextField responsible = new TextField(messages.get("form.action.responsible"));
        responsible.setId(PlanForm.actionFieldId(i, j, "responsible"));
        responsible.setValue(action.getResponsible());
        responsible.setValueChangeMode(ValueChangeMode.EAGER);
        responsible.addValueChangeListener(e -> action.setResponsible(e.getValue()));

        TextField schedule = new TextField(messages.get("form.action.schedule"));
        schedule.setId(PlanForm.actionFieldId(i, j, "schedule"));
        schedule.setHelperText(messages.get("form.action.schedule.helper"));
        schedule.setValue(action.getSchedule());
        schedule.setValueChangeMode(ValueChangeMode.EAGER);
        schedule.addValueChangeListener(e -> action.setSchedule(e.getValue()));

        Button remove = new Button(messages.get("form.removeAction"), e -> {
            objective.actions().remove(action);
            renderObjectives();
        });
        remove.setId("remove-action-" + i + "-" + j);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(messages.format("form.removeAction.aria", number));

        HorizontalLayout row = new HorizontalLayout(actionTitle, responsible, schedule, remove);
        row.setId("action-" + i + "-" + j);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void focus(String id) {
        HasValidation field = fields.get(id);
        if (field instanceof TextField textField) {
            textField.focus();
        }
    }

    /** Validates, shows the errors beside their fields, or creates the plan and opens it. */
    void save() {
        Map<String, String> errors = form.validate();
        title.setInvalid(false);
        fields.values().forEach(field -> field.setInvalid(false));
        objectivesError.setVisible(false);
        formError.setVisible(false);

        if (!errors.isEmpty()) {
            errors.forEach((id, key) -> {
                String message = messages.get(key);
                if (PlanForm.TITLE.equals(id)) {
                    title.setErrorMessage(message);
                    title.setInvalid(true);
                } else if (PlanForm.OBJECTIVES.equals(id)) {
                    objectivesError.setText(message);
                    objectivesError.setVisible(true);
                } else if (fields.get(id) != null) {
                    fields.get(id).setErrorMessage(message);
                    fields.get(id).setInvalid(true);
                }
            });
            formError.setText(messages.get("form.error.summary"));
            formError.setVisible(true);
            String first = errors.keySet().iterator().next();
            if (PlanForm.TITLE.equals(first)) {
                title.focus();
            } else {
                focus(first);
            }
            return;
        }

        Plan plan;
        try {
            plan = planService.createPlan(user.regroupementId(), form.toDraft(), user.username());
        } catch (RuntimeException e) {
            formError.setText(messages.get("form.error.save"));
            formError.setVisible(true);
            context.error().accept(messages.get("form.error.save"));
            return;
        }
        context.success().accept(messages.get("form.saved"));
        context.navigator().accept(Routes.plan(plan.id()));
    }

    PlanForm form() {
        return form;
    }

    TextField titleField() {
        return title;
    }

    @Override
    public String getPageTitle() {
        return messages.format("page.title", messages.get("form.heading"));
    }
}
