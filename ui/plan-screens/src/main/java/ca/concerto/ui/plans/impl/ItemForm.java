package ca.concerto.ui.plans.impl;

import java.util.ArrayList;
import java.util.Arrays;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ca.concerto.plan.model.ActionDetails;
import ca.concerto.plan.model.Organization;
import ca.concerto.plan.model.OrganizationKind;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.Schedule;
import ca.concerto.plan.model.Step;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The selected item's fields in the plan editor: every attribute of {@link PlanItem} and, for an
 * action, of {@link ActionDetails}. Lists are written one entry per line; organizations are picked
 * among the plan's and the regroupement's directory (one the plan does not list yet is added to its
 * list when the item is saved), people among the regroupement's (or typed, for a role such as
 * "Coordonnatrice"). {@link #read()} checks the fields and says what is wrong beside each one.
 */
final class ItemForm extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** The key under which the plan lists an organization picked from the regroupement's directory. */
    static final String DIRECTORY_KEY_PREFIX = "annuaire-";

    private final Messages messages;
    private final H3 heading = new H3();
    private final TextArea title;
    private final TextArea description;
    private final Checkbox isAction;
    private final VerticalLayout actionFields = new VerticalLayout();
    private final MultiSelectComboBox<Organization> responsibleOrganizations;
    private final MultiSelectComboBox<String> responsible;
    private final MultiSelectComboBox<Organization> partnerOrganizations;
    private final TextArea resources;
    private final TextArea expectedResults;
    private final TextArea indicators;
    private final TextField schedule;
    private final TextArea steps;
    private final TextArea notes;
    private final TextArea achievements;
    private final TextArea ongoing;
    private final Checkbox carriedOver;

    private PlanItem item;
    /** The organizations the plan lists, as last shown. */
    private List<Organization> listed = List.of();

    ItemForm(Messages messages) {
        this.messages = messages;
        setId("item-form");
        setPadding(false);
        heading.setId("item-form-heading");
        title = area("item-title", "editor.field.title", null);
        title.setRequiredIndicatorVisible(true);
        description = area("item-description", "editor.field.description", null);
        isAction = new Checkbox(messages.get("editor.field.isAction"));
        isAction.setId("item-is-action");
        isAction.addValueChangeListener(e -> actionFields.setVisible(e.getValue()));

        responsibleOrganizations = organizations("item-responsible-organizations",
                "editor.field.responsibleOrganizations");
        responsible = new MultiSelectComboBox<>(messages.get("editor.field.responsible"));
        responsible.setId("item-responsible");
        responsible.setAllowCustomValue(true);
        responsible.setHelperText(messages.get("editor.field.responsible.help"));
        responsible.addCustomValueSetListener(e -> {
            String typed = e.getDetail().strip();
            if (!typed.isEmpty()) {
                Set<String> values = new LinkedHashSet<>(responsible.getValue());
                List<String> items = new ArrayList<>(responsible.getListDataView().getItems().toList());
                if (!items.contains(typed)) {
                    items.add(typed);
                    responsible.setItems(items);
                }
                values.add(typed);
                responsible.setValue(values);
            }
        });
        partnerOrganizations = organizations("item-partner-organizations", "editor.field.partnerOrganizations");
        resources = area("item-resources", "editor.field.resources", "editor.field.lines.help");
        expectedResults = area("item-expected-results", "editor.field.expectedResults", "editor.field.lines.help");
        indicators = area("item-indicators", "editor.field.indicators", "editor.field.lines.help");
        schedule = new TextField(messages.get("editor.field.schedule"));
        schedule.setId("item-schedule");
        schedule.setHelperText(messages.get("editor.field.schedule.help"));
        schedule.setWidthFull();
        steps = area("item-steps", "editor.field.steps", "editor.field.steps.help");
        notes = area("item-notes", "editor.field.notes", "editor.field.lines.help");
        achievements = area("item-achievements", "editor.field.achievements", "editor.field.lines.help");
        ongoing = area("item-ongoing", "editor.field.ongoing", "editor.field.lines.help");
        carriedOver = new Checkbox(messages.get("editor.field.carriedOver"));
        carriedOver.setId("item-carried-over");

        actionFields.setId("item-action-fields");
        actionFields.setPadding(false);
        actionFields.add(responsibleOrganizations, responsible, partnerOrganizations, resources, expectedResults,
                indicators, schedule, steps, notes, achievements, ongoing, carriedOver);
        add(heading, title, description, isAction, actionFields);
    }

    private TextArea area(String id, String labelKey, String helpKey) {
        TextArea area = new TextArea(messages.get(labelKey));
        area.setId(id);
        area.setWidthFull();
        if (helpKey != null) {
            area.setHelperText(messages.get(helpKey));
        }
        return area;
    }

    private MultiSelectComboBox<Organization> organizations(String id, String labelKey) {
        MultiSelectComboBox<Organization> box = new MultiSelectComboBox<>(messages.get(labelKey));
        box.setId(id);
        box.setItemLabelGenerator(ItemForm::label);
        box.setHelperText(messages.get("editor.help.organizations"));
        box.setWidthFull();
        return box;
    }

    /** An organization as the pickers name it: "CDC de Longueuil (CDC)". */
    static String label(Organization organization) {
        return organization.acronym() == null ? organization.name()
                : organization.name() + " (" + organization.acronym() + ")";
    }

    /**
     * Shows an item: {@code number} and {@code levelName} as the template gives them, the plan's
     * organizations and the regroupement's people to pick from.
     */
    void edit(PlanItem shown, String number, String levelName, List<Organization> organizations,
              List<ca.concerto.plan.api.Organization> directory, List<String> people) {
        this.item = shown;
        this.listed = organizations;
        heading.setText(number == null ? levelName : messages.format("editor.place", levelName, number));
        List<Organization> choices = new ArrayList<>(organizations);
        choices.addAll(notListed(organizations, directory));
        responsibleOrganizations.setItems(choices);
        partnerOrganizations.setItems(choices);
        ActionDetails action = shown.action();
        List<String> names = new ArrayList<>(people);
        if (action != null) {
            action.responsible().stream().filter(r -> !names.contains(r)).forEach(names::add);
        }
        responsible.setItems(names);
        clearErrors();
        title.setValue(shown.title());
        description.setValue(orEmpty(shown.description()));
        isAction.setValue(action != null);
        actionFields.setVisible(action != null);
        ActionDetails a = action != null ? action : ActionDetails.of(List.of(), null);
        responsibleOrganizations.setValue(pick(choices, a.responsibleOrganizations()));
        responsible.setValue(new LinkedHashSet<>(a.responsible()));
        partnerOrganizations.setValue(pick(choices, a.partnerOrganizations()));
        resources.setValue(lines(a.resources()));
        expectedResults.setValue(lines(a.expectedResults()));
        indicators.setValue(lines(a.indicators()));
        schedule.setValue(a.schedule() == null ? "" : a.schedule().text());
        steps.setValue(String.join("\n", a.steps().stream()
                .map(s -> s.actor() == null ? s.text() : s.text() + " | " + s.actor()).toList()));
        notes.setValue(lines(a.notes()));
        achievements.setValue(lines(a.achievements()));
        ongoing.setValue(lines(a.ongoing()));
        carriedOver.setValue(a.carriedOver());
    }

    /**
     * The directory's organizations the plan does not list (by name, ignoring case and accents), as the
     * plan would list them: their key comes from the directory's id, so picking one twice adds it once.
     */
    static List<Organization> notListed(List<Organization> listed, List<ca.concerto.plan.api.Organization> directory) {
        Set<String> names = new HashSet<>();
        listed.forEach(o -> names.add(comparable(o.name())));
        return directory.stream()
                .filter(o -> names.add(comparable(o.name())))
                .map(o -> new Organization(DIRECTORY_KEY_PREFIX + o.id(), o.name(), null,
                        o.kind() == ca.concerto.plan.api.Organization.OrganizationKind.MEMBER ? OrganizationKind.MEMBER
                                : OrganizationKind.PARTNER))
                .toList();
    }

    private static String comparable(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /** The organizations picked in the form that the plan does not list yet (from the directory). */
    List<Organization> newOrganizations() {
        Set<String> keys = new HashSet<>();
        listed.forEach(o -> keys.add(o.key()));
        List<Organization> picked = new ArrayList<>(responsibleOrganizations.getValue());
        picked.addAll(partnerOrganizations.getValue());
        return picked.stream().filter(o -> keys.add(o.key())).toList();
    }

    /** The item being edited, as last shown. */
    PlanItem item() {
        return item;
    }

    /**
     * The item as the fields now say (no sub-items: they are not its own fields), or null when a
     * field is wrong; each wrong field then says why.
     */
    PlanItem read() {
        clearErrors();
        if (item == null) {
            return null;
        }
        if (title.getValue().isBlank()) {
            title.setErrorMessage(messages.get("editor.error.titleRequired"));
            title.setInvalid(true);
            return null;
        }
        ActionDetails action = null;
        if (isAction.getValue()) {
            List<Step> parsedSteps = new ArrayList<>();
            for (String line : splitLines(steps.getValue())) {
                String[] parts = line.split("\\|", 2);
                if (parts[0].isBlank()) {
                    steps.setErrorMessage(messages.format("editor.error.stepWithoutText", line));
                    steps.setInvalid(true);
                    return null;
                }
                parsedSteps.add(new Step(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null));
            }
            Schedule parsedSchedule = schedule.getValue().isBlank() ? null : Schedule.of(schedule.getValue().strip());
            action = new ActionDetails(keys(responsibleOrganizations.getValue()),
                    List.copyOf(responsible.getValue()), keys(partnerOrganizations.getValue()),
                    splitLines(resources.getValue()), splitLines(expectedResults.getValue()),
                    splitLines(indicators.getValue()), parsedSchedule, parsedSteps, splitLines(notes.getValue()),
                    splitLines(achievements.getValue()), splitLines(ongoing.getValue()), carriedOver.getValue());
        }
        String text = description.getValue().strip();
        return new PlanItem(item.key(), item.level(), item.number(), title.getValue().strip(),
                text.isEmpty() ? null : text, action, List.of());
    }

    /** Says beside the title that the store refused the item (a reference the plan does not hold). */
    void refused(String message) {
        title.setErrorMessage(message);
        title.setInvalid(true);
    }

    void setEditable(boolean editable) {
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(title, description, isAction, responsibleOrganizations,
                responsible, partnerOrganizations, resources, expectedResults, indicators, schedule, steps, notes,
                achievements, ongoing, carriedOver)) {
            field.setReadOnly(!editable);
        }
    }

    TextArea titleField() {
        return title;
    }

    private void clearErrors() {
        title.setInvalid(false);
        steps.setInvalid(false);
    }

    private static Set<Organization> pick(List<Organization> organizations, List<String> keys) {
        Set<Organization> picked = new LinkedHashSet<>();
        for (String key : keys) {
            organizations.stream().filter(o -> o.key().equals(key)).findFirst().ifPresent(picked::add);
        }
        return picked;
    }

    private static List<String> keys(Collection<Organization> organizations) {
        return organizations.stream().map(Organization::key).toList();
    }

    private static String lines(List<String> values) {
        return String.join("\n", values);
    }

    static List<String> splitLines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
