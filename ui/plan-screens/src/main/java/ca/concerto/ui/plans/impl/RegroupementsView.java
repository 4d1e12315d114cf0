package ca.concerto.ui.plans.impl;

import java.util.List;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Regroupement;
import ca.concerto.identity.api.RegroupementService;
import ca.concerto.identity.api.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * "Regroupements de la plateforme", for the platform's administrators: the regroupements by name, a form
 * to rename the chosen one, and a form to open a new one with its first administrator. Errors show beside
 * the field they concern, in words.
 */
public class RegroupementsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient RegroupementService regroupements;
    private final transient IdentityService identity;
    private final transient ViewContext context;
    private final Messages messages;

    private final Grid<Regroupement> grid = new Grid<>();
    private final Paragraph renameHint = new Paragraph();
    private final Section renameForm = new Section();
    private final H4 renameHeading = new H4();
    private final TextField rename = new TextField();
    private Regroupement editing;

    private final TextField newId = new TextField();
    private final TextField newName = new TextField();
    private final TextField adminUsername = new TextField();
    private final TextField adminName = new TextField();
    private final PasswordField adminPassword = new PasswordField();

    public RegroupementsView(RegroupementService regroupements, IdentityService identity, ViewContext context) {
        this.regroupements = regroupements;
        this.identity = identity;
        this.context = context;
        this.messages = Messages.of(context.user().get());
        setId("regroupements-view");
        H2 heading = new H2(messages.get("regroupements.heading"));
        heading.setId("regroupements-heading");
        add(heading);
        if (!context.user().get().hasRole(Role.PLATFORM_ADMINISTRATOR)) {
            // the host lets only the platform's administrators in; this is the guard of last resort
            Paragraph denied = new Paragraph(messages.get("regroupements.platformOnly"));
            denied.setId("regroupements-denied");
            add(denied);
            return;
        }
        add(listSection(), renameSection(), openSection());
        refresh();
    }

    // ---- the list and a name -------------------------------------------------------------------

    private Section listSection() {
        Section section = TitledSection.of(messages, "regroupements-list", "regroupements.list");
        grid.setId("regroupements-grid");
        grid.addColumn(Regroupement::name).setHeader(messages.get("regroupements.column.name")).setFlexGrow(3);
        grid.addColumn(Regroupement::id).setHeader(messages.get("regroupements.column.id")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(messages.get("regroupements.list"));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        Paragraph help = new Paragraph(messages.get("regroupements.list.help"));
        help.setId("regroupements-list-help");
        section.add(help, grid);
        return section;
    }

    private Section renameSection() {
        Section section = TitledSection.of(messages, "regroupements-rename-section", "regroupements.rename");
        renameHint.setId("regroupements-rename-hint");
        renameHint.setText(messages.get("regroupements.rename.hint"));
        renameHeading.setId("regroupements-rename-heading");
        rename.setId("regroupements-rename-name");
        rename.setLabel(messages.get("regroupements.column.name"));
        rename.setRequiredIndicatorVisible(true);
        rename.setMaxLength(200);
        rename.setWidth("28em");
        rename.setMaxWidth("100%");
        Button save = new Button(messages.get("regroupements.rename.save"), e -> saveName());
        save.setId("regroupements-rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        renameForm.setId("regroupements-rename");
        renameForm.add(renameHeading, rename, new Paragraph(save));
        renameForm.setVisible(false);
        section.add(renameHint, renameForm);
        return section;
    }

    private void edit(Regroupement chosen) {
        editing = chosen;
        rename.setInvalid(false);
        renameForm.setVisible(chosen != null);
        renameHint.setVisible(chosen == null);
        if (chosen != null) {
            renameHeading.setText(messages.format("regroupements.rename.of", chosen.id()));
            rename.setValue(chosen.name());
        }
    }

    void saveName() {
        if (editing == null) {
            return;
        }
        rename.setInvalid(false);
        String name = strip(rename.getValue());
        if (name.isEmpty()) {
            invalid(rename, "regroupements.name.missing");
            return;
        }
        Regroupement renamed;
        try {
            renamed = regroupements.rename(editing.id(), name);
        } catch (RuntimeException e) {
            context.error().accept(messages.get("regroupements.rename.failed"));
            return;
        }
        refresh();
        grid.asSingleSelect().setValue(renamed);
        context.success().accept(messages.format("regroupements.rename.done", renamed.name()));
    }

    // ---- a new regroupement --------------------------------------------------------------------

    private Section openSection() {
        Section section = TitledSection.of(messages, "regroupements-new", "regroupements.new");
        Paragraph help = new Paragraph(messages.get("regroupements.new.help"));
        help.setId("regroupements-new-help");
        required(newId, "regroupements-new-id", "regroupements.column.id", "regroupements.new.id.help", 100);
        required(newName, "regroupements-new-name", "regroupements.column.name", "regroupements.new.name.help", 200);
        FlexLayout regroupement = row(newId, newName);

        H4 adminHeading = new H4(messages.get("regroupements.new.admin"));
        adminHeading.setId("regroupements-new-admin-heading");
        required(adminUsername, "regroupements-new-username", "directory.column.username", "users.new.username.help", 100);
        required(adminName, "regroupements-new-admin-name", "users.new.name", null, 200);
        adminPassword.setId("regroupements-new-password");
        adminPassword.setLabel(messages.get("users.new.password"));
        adminPassword.setHelperText(messages.format("users.new.password.help", IdentityService.MIN_PASSWORD_LENGTH));
        adminPassword.setRequiredIndicatorVisible(true);
        FlexLayout admin = row(adminUsername, adminName, adminPassword);

        Button open = new Button(messages.get("regroupements.new.open"), e -> openRegroupement());
        open.setId("regroupements-new-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(help, regroupement, adminHeading, admin, new Paragraph(open));
        return section;
    }

    void openRegroupement() {
        newId.setInvalid(false);
        newName.setInvalid(false);
        String id = strip(newId.getValue());
        String name = strip(newName.getValue());
        String username = strip(adminUsername.getValue());
        String displayName = strip(adminName.getValue());
        String password = adminPassword.getValue() == null ? "" : adminPassword.getValue();
        boolean valid = NewAccountFields.check(messages, identity, adminUsername, adminName, adminPassword);
        if (id.isEmpty()) {
            valid = invalid(newId, "regroupements.new.id.missing");
        } else if (!id.matches(RegroupementService.ID_PATTERN)) {
            valid = invalid(newId, "regroupements.new.id.malformed");
        } else if (regroupements.all().stream().anyMatch(r -> r.id().equals(id))) {
            valid = invalid(newId, "regroupements.new.id.taken");
        }
        if (name.isEmpty()) {
            valid = invalid(newName, "regroupements.name.missing");
        }
        if (!valid) {
            return;
        }
        Regroupement opened;
        try {
            opened = regroupements.open(id, name, username, displayName, password.toCharArray());
        } catch (RuntimeException e) {
            // taken meanwhile by someone else, or the database refused: said beside the field if we know which
            if (regroupements.all().stream().anyMatch(r -> r.id().equals(id))) {
                invalid(newId, "regroupements.new.id.taken");
            } else if (identity.findUser(username).isPresent()) {
                invalid(adminUsername, "users.new.username.taken");
            } else {
                context.error().accept(messages.get("regroupements.new.failed"));
            }
            return;
        }
        for (TextField field : List.of(newId, newName, adminUsername, adminName)) {
            field.clear();
            // emptied on purpose: not the missing values the required fields would otherwise report
            field.setInvalid(false);
        }
        adminPassword.clear();
        adminPassword.setInvalid(false);
        refresh();
        context.success().accept(messages.format("regroupements.new.done", opened.name(), displayName, username));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void refresh() {
        grid.setItems(regroupements.all());
    }

    Grid<Regroupement> grid() {
        return grid;
    }

    /** A required text field, labelled, with its helper text if any. */
    private void required(TextField field, String id, String labelKey, String helperKey, int maxLength) {
        field.setId(id);
        field.setLabel(messages.get(labelKey));
        if (helperKey != null) {
            field.setHelperText(messages.get(helperKey));
        }
        field.setRequiredIndicatorVisible(true);
        field.setMaxLength(maxLength);
    }

    private static FlexLayout row(com.vaadin.flow.component.Component... fields) {
        FlexLayout row = new FlexLayout(fields);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    private boolean invalid(TextField field, String key) {
        return NewAccountFields.invalid(messages, field, key);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public String getPageTitle() {
        return messages.format("page.title", messages.get("regroupements.heading"));
    }
}
