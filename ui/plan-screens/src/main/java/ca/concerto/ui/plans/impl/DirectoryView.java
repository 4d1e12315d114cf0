package ca.concerto.ui.plans.impl;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.OrganizationNameTakenException;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.model.Committee;
import ca.concerto.plan.model.CommitteeMember;
import ca.concerto.plan.model.PlanDocument;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The regroupement's directory: its organizations (members and partners; facilitators add and correct them),
 * its people with their roles, and the committees its latest plan names, with their members.
 */
public class DirectoryView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient PlanService planService;
    private final transient ViewContext context;
    private final Messages messages;
    private final UserAccount user;
    private final Grid<Organization> organizations = new Grid<>();
    private final TextField organizationName = new TextField();
    private final Select<Organization.OrganizationKind> organizationKind = new Select<>();
    private final Paragraph editHint = new Paragraph();
    private final VerticalLayout editForm = new VerticalLayout();
    private final H4 editHeading = new H4();
    private final TextField editName = new TextField();
    private final Select<Organization.OrganizationKind> editKind = new Select<>();
    private Organization editing;

    /**
     * @param usersOf    the people of a regroupement
     * @param headerOf   a plan's working document without its items (its committees), by regroupement and plan id
     */
    public DirectoryView(PlanService planService, Function<String, List<UserAccount>> usersOf,
                         BiFunction<String, Long, Optional<PlanDocument>> headerOf, ViewContext context) {
        this.planService = planService;
        this.context = context;
        this.user = context.user().get();
        this.messages = Messages.of(user);
        setId("directory-view");
        H2 heading = new H2(messages.get("directory.heading"));
        heading.setId("directory-heading");
        add(heading, organizationsSection(), peopleSection(usersOf.apply(user.regroupementId())),
                committeesSection(headerOf));
        refreshOrganizations();
    }

    private Section organizationsSection() {
        Section section = TitledSection.of(messages, "directory-organizations", "directory.organizations");
        organizations.setId("directory-organizations-grid");
        organizations.addColumn(Organization::name).setHeader(messages.get("directory.column.name")).setFlexGrow(3);
        // the kind in words, never by colour alone
        organizations.addColumn(o -> messages.get("directory.kind." + o.kind().name()))
                .setHeader(messages.get("directory.column.kind"));
        organizations.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        organizations.setAllRowsVisible(true);
        organizations.setAriaLabel(messages.get("directory.organizations"));
        section.add(organizations);
        if (user.hasRole(Role.FACILITATOR) || user.hasRole(Role.ADMINISTRATOR)) {
            section.add(editSection(), addForm());
        } else {
            // a list to read: its rows lead nowhere
            organizations.setSelectionMode(Grid.SelectionMode.NONE);
        }
        return section;
    }

    private VerticalLayout addForm() {
        H4 heading = new H4(messages.get("directory.add.heading"));
        heading.setId("directory-organization-add-heading");
        nameField(organizationName, "directory-organization-name");
        kindField(organizationKind, "directory-organization-kind");
        organizationKind.setValue(Organization.OrganizationKind.MEMBER);
        Button add = new Button(messages.get("directory.add"), e -> addOrganization());
        add.setId("directory-organization-add");
        VerticalLayout block = new VerticalLayout(heading, row(organizationName, organizationKind, add));
        block.setPadding(false);
        block.setSpacing(false);
        return block;
    }

    /** Choosing a row in the list opens its correction below it: its name and its kind. */
    private VerticalLayout editSection() {
        organizations.setSelectionMode(Grid.SelectionMode.SINGLE);
        organizations.asSingleSelect().addValueChangeListener(e -> editOrganization(e.getValue()));
        editHint.setId("directory-organization-edit-hint");
        editHint.setText(messages.get("directory.edit.hint"));
        editHeading.setId("directory-organization-edit-heading");
        nameField(editName, "directory-organization-edit-name");
        kindField(editKind, "directory-organization-edit-kind");
        Button save = new Button(messages.get("directory.edit.save"), e -> saveOrganization());
        save.setId("directory-organization-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(messages.get("directory.edit.cancel"), e -> organizations.deselectAll());
        cancel.setId("directory-organization-cancel");
        editForm.setId("directory-organization-edit");
        editForm.setPadding(false);
        editForm.setSpacing(false);
        editForm.add(editHeading, row(editName, editKind, save, cancel));
        editForm.setVisible(false);
        VerticalLayout block = new VerticalLayout(editHint, editForm);
        block.setPadding(false);
        block.setSpacing(false);
        return block;
    }

    private void nameField(TextField field, String id) {
        field.setId(id);
        field.setLabel(messages.get("directory.add.name"));
        field.setRequiredIndicatorVisible(true);
        field.setMaxLength(300);
        // room for a long name ("Carrefour jeunesse-emploi Vaudreuil-Soulanges"), within a phone's width
        field.setWidth("min(28rem, 100%)");
    }

    private void kindField(Select<Organization.OrganizationKind> field, String id) {
        field.setId(id);
        field.setLabel(messages.get("directory.add.kind"));
        field.setItems(Organization.OrganizationKind.values());
        field.setItemLabelGenerator(k -> messages.get("directory.kind." + k.name()));
    }

    private static FlexLayout row(Component... components) {
        FlexLayout form = new FlexLayout(components);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        return form;
    }

    void addOrganization() {
        String name = requiredName(organizationName);
        if (name == null) {
            return;
        }
        try {
            planService.addOrganization(user.regroupementId(), name, organizationKind.getValue());
        } catch (OrganizationNameTakenException e) {
            nameTaken(organizationName);
            return;
        } catch (RuntimeException e) {
            // what was typed stays in the form, to try again
            context.error().accept(messages.get("directory.add.failed"));
            return;
        }
        organizationName.clear();
        // emptied on purpose: not the missing name the required field would otherwise report
        organizationName.setInvalid(false);
        refreshOrganizations();
        context.success().accept(messages.format("directory.add.done", name));
    }

    private void editOrganization(Organization chosen) {
        editing = chosen;
        editForm.setVisible(chosen != null);
        editHint.setVisible(chosen == null);
        editName.setInvalid(false);
        if (chosen == null) {
            return;
        }
        editHeading.setText(messages.format("directory.edit.heading", chosen.name()));
        editName.setValue(chosen.name());
        editKind.setValue(chosen.kind());
        editName.focus();
    }

    void saveOrganization() {
        if (editing == null) {
            return;
        }
        String name = requiredName(editName);
        if (name == null) {
            return;
        }
        Organization saved;
        try {
            saved = planService.updateOrganization(user.regroupementId(), editing.id(), name, editKind.getValue());
        } catch (OrganizationNameTakenException e) {
            nameTaken(editName);
            return;
        } catch (RuntimeException e) {
            context.error().accept(messages.get("directory.edit.failed"));
            return;
        }
        organizations.deselectAll();
        refreshOrganizations();
        context.success().accept(messages.format("directory.edit.done", saved.name()));
    }

    /** The name typed, without surrounding spaces; null, with the field marked, when there is none. */
    private String requiredName(TextField field) {
        String name = field.getValue() == null ? "" : field.getValue().strip();
        if (name.isEmpty()) {
            field.setInvalid(true);
            field.setErrorMessage(messages.get("directory.add.nameMissing"));
            return null;
        }
        return name;
    }

    private void nameTaken(TextField field) {
        field.setInvalid(true);
        field.setErrorMessage(messages.get("directory.add.nameTaken"));
    }

    private void refreshOrganizations() {
        organizations.setItems(planService.organizations(user.regroupementId()).stream()
                .sorted(Comparator.comparing(Organization::kind).thenComparing(Organization::name,
                        String.CASE_INSENSITIVE_ORDER))
                .toList());
    }

    private Section peopleSection(List<UserAccount> people) {
        Section section = TitledSection.of(messages, "directory-people", "directory.people");
        Grid<UserAccount> grid = new Grid<>();
        grid.setId("directory-people-grid");
        grid.addColumn(UserAccount::displayName).setHeader(messages.get("directory.column.name")).setFlexGrow(2);
        grid.addColumn(UserAccount::username).setHeader(messages.get("directory.column.username"));
        grid.addColumn(this::roles).setHeader(messages.get("directory.column.roles")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        // the people of the regroupement now: a closed account is someone who left
        grid.setItems(people.stream().filter(UserAccount::active).sorted(Comparator.comparing(UserAccount::displayName))
                .toList());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(messages.get("directory.people"));
        section.add(grid);
        return section;
    }

    String roles(UserAccount person) {
        return messages.roles(person);
    }

    /** The committees of the latest plan (by period) that names any. */
    private Section committeesSection(BiFunction<String, Long, Optional<PlanDocument>> headerOf) {
        Section section = TitledSection.of(messages, "directory-committees", "directory.committees");
        List<PlanSummary> plans = planService.listPlans(user.regroupementId()).stream()
                .sorted(Comparator.comparing((PlanSummary p) -> p.period() == null ? "" : p.period()).reversed())
                .toList();
        for (PlanSummary plan : plans) {
            List<Committee> committees = headerOf.apply(user.regroupementId(), plan.id())
                    .map(PlanDocument::committees).orElse(List.of());
            if (!committees.isEmpty()) {
                Paragraph source = new Paragraph(messages.format("directory.committees.source", plan.title()));
                source.setId("directory-committees-source");
                section.add(source);
                committees.forEach(c -> section.add(committee(c)));
                section.add(committeesLink(plan));
                return section;
            }
        }
        Paragraph none = new Paragraph(messages.get("directory.committees.none"));
        none.setId("directory-committees-none");
        section.add(none);
        // a committee is named in a plan: the latest plan's page is where to add the first
        plans.stream().findFirst().ifPresent(plan -> section.add(committeesLink(plan)));
        return section;
    }

    /** To the plan's committees: to edit them for facilitators, to read them in full for others. */
    private Anchor committeesLink(PlanSummary plan) {
        Anchor link = new Anchor(Routes.committees(plan.id()), messages.format(
                user.hasRole(Role.FACILITATOR) ? "directory.committees.edit" : "directory.committees.read", plan.title()));
        link.setId("directory-committees-link");
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private Component committee(Committee committee) {
        VerticalLayout block = new VerticalLayout();
        block.setPadding(false);
        block.setSpacing(false);
        block.setId("directory-committee-" + committee.key());
        block.add(new H4(committee.name()));
        if (committee.meetingFrequency() != null) {
            block.add(new Paragraph(committee.meetingFrequency()));
        }
        if (committee.members().isEmpty()) {
            block.add(new Paragraph(messages.get("directory.committee.noMembers")));
        } else {
            UnorderedList members = new UnorderedList();
            for (CommitteeMember member : committee.members()) {
                String details = List.of(Optional.ofNullable(member.affiliation()), Optional.ofNullable(member.role()))
                        .stream().flatMap(Optional::stream).collect(Collectors.joining(", "));
                members.add(new ListItem(new Span(details.isEmpty() ? member.name()
                        : messages.format("directory.committee.member", member.name(), details))));
            }
            block.add(members);
        }
        return block;
    }

    Grid<Organization> organizations() {
        return organizations;
    }

    TextField organizationName() {
        return organizationName;
    }

    Select<Organization.OrganizationKind> organizationKind() {
        return organizationKind;
    }

    TextField editName() {
        return editName;
    }

    Select<Organization.OrganizationKind> editKind() {
        return editKind;
    }

    VerticalLayout editForm() {
        return editForm;
    }

    @Override
    public String getPageTitle() {
        return messages.format("page.title", messages.get("directory.heading"));
    }
}
