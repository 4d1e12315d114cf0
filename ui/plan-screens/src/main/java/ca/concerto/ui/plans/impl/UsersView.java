package ca.concerto.ui.plans.impl;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.LastAdministratorException;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * "Utilisateurs et rôles", for the administrators of a regroupement: its users with their roles in
 * words, a form to change the roles of the chosen one, and a form to add a user. Only the signed-in
 * administrator's regroupement is shown. Errors show beside the field or form they concern, in words.
 */
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient IdentityService identity;
    private final transient ViewContext context;
    private final Messages messages;
    private final UserAccount user;

    private final Grid<UserAccount> users = new Grid<>();

    private final Paragraph rolesHint = new Paragraph();
    private final Section rolesForm = new Section();
    private final H4 rolesHeading = new H4();
    /** The roles a regroupement's administrator gives; the platform's is given at set-up. */
    static final Set<Role> GRANTED_ROLES = EnumSet.complementOf(EnumSet.of(Role.PLATFORM_ADMINISTRATOR));

    private final Map<Role, Checkbox> roleBoxes = new EnumMap<>(Role.class);
    private final FormAlert rolesError = new FormAlert("users-roles-error");
    private final PasswordField resetPassword = new PasswordField();
    private final Paragraph accessState = new Paragraph();
    private final Button close = new Button();
    private final FormAlert accessError = new FormAlert("users-access-error");
    /** The user whose roles the form shows. */
    private UserAccount editing;

    private final TextField newUsername = new TextField();
    private final TextField newName = new TextField();
    private final Map<Role, Checkbox> newRoleBoxes = new EnumMap<>(Role.class);
    private final FormAlert newRolesError = new FormAlert("users-new-roles-error");
    private final PasswordField newPassword = new PasswordField();

    public UsersView(IdentityService identity, ViewContext context) {
        this.identity = identity;
        this.context = context;
        this.user = context.user().get();
        this.messages = Messages.of(user);
        setId("users-view");
        H2 heading = new H2(messages.get("users.heading"));
        heading.setId("users-heading");
        add(heading);
        if (!user.hasRole(Role.ADMINISTRATOR)) {
            // the host lets only administrators in; this is the guard of last resort
            Paragraph denied = new Paragraph(messages.get("users.administratorsOnly"));
            denied.setId("users-denied");
            add(denied);
            return;
        }
        add(listSection(), rolesSection(), newUserSection());
        refresh();
    }

    // ---- the list ------------------------------------------------------------------------------

    private Section listSection() {
        Section section = TitledSection.of(messages, "users-list", "users.list");
        users.setId("users-grid");
        users.addColumn(UserAccount::username).setHeader(messages.get("directory.column.username"));
        users.addColumn(UserAccount::displayName).setHeader(messages.get("directory.column.name")).setFlexGrow(2);
        // the roles in words, never by colour alone
        users.addColumn(this::roles).setHeader(messages.get("directory.column.roles")).setFlexGrow(2);
        users.addColumn(this::language).setHeader(messages.get("users.column.language"));
        // open or closed, in words
        users.addColumn(this::account).setHeader(messages.get("users.column.account"));
        users.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        users.setAllRowsVisible(true);
        users.setAriaLabel(messages.get("users.list"));
        users.setSelectionMode(Grid.SelectionMode.SINGLE);
        users.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        Paragraph help = new Paragraph(messages.get("users.list.help"));
        help.setId("users-list-help");
        section.add(help, users);
        return section;
    }

    String roles(UserAccount person) {
        return messages.roles(person);
    }

    String account(UserAccount person) {
        return messages.get(person.active() ? "users.account.open" : "users.account.closed");
    }

    String language(UserAccount person) {
        String key = "users.language." + person.language();
        return person.language() != null && messages.has(key) ? messages.get(key)
                : String.valueOf(person.language());
    }

    /** The regroupement's users again, by username. */
    private void refresh() {
        users.setItems(identity.usersOf(user.regroupementId()).stream()
                .filter(u -> user.regroupementId().equals(u.regroupementId()))
                .sorted(Comparator.comparing(UserAccount::username))
                .toList());
    }

    // ---- one user's roles ----------------------------------------------------------------------

    private Section rolesSection() {
        Section section = TitledSection.of(messages, "users-roles-section", "users.roles");
        rolesHint.setId("users-roles-hint");
        rolesHint.setText(messages.get("users.roles.hint"));
        rolesForm.setId("users-roles");
        rolesHeading.setId("users-roles-heading");
        Button save = new Button(messages.get("users.roles.save"), e -> saveRoles());
        save.setId("users-roles-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // a forgotten password, or an access to cut: the chosen user's password replaced by one to pass on
        H4 passwordHeading = new H4(messages.get("users.reset.heading"));
        passwordHeading.setId("users-reset-heading");
        resetPassword.setId("users-reset-password");
        resetPassword.setLabel(messages.get("users.reset.password"));
        resetPassword.setHelperText(messages.format("users.new.password.help", IdentityService.MIN_PASSWORD_LENGTH));
        resetPassword.setWidth("min(24rem, 100%)");
        Button reset = new Button(messages.get("users.reset.save"), e -> resetPassword());
        reset.setId("users-reset-save");
        // someone who left: the account closed, their name kept on what they did
        H4 accessHeading = new H4(messages.get("users.access.heading"));
        accessHeading.setId("users-access-heading");
        accessState.setId("users-access-state");
        close.setId("users-access-toggle");
        close.addClickListener(e -> toggleAccess());
        rolesForm.add(rolesHeading, roleGroup("users-role", "users.roles.legend", roleBoxes), rolesError, save,
                passwordHeading, resetPassword, reset, accessHeading, accessState, accessError, close);
        rolesForm.setVisible(false);
        section.add(rolesHint, rolesForm);
        return section;
    }

    /** Shows the roles of the chosen user in the form; none chosen hides it. */
    private void edit(UserAccount chosen) {
        editing = chosen;
        rolesError.clear();
        rolesForm.setVisible(chosen != null);
        rolesHint.setVisible(chosen == null);
        if (chosen == null) {
            return;
        }
        rolesHeading.setText(messages.format("users.roles.of", chosen.displayName(), chosen.username()));
        resetPassword.clear();
        resetPassword.setInvalid(false);
        roleBoxes.forEach((role, box) -> box.setValue(chosen.hasRole(role)));
        accessError.clear();
        accessState.setText(messages.get(chosen.active() ? "users.access.open" : "users.access.closed"));
        close.setText(messages.get(chosen.active() ? "users.access.close" : "users.access.reopen"));
        close.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (chosen.active()) {
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        // nobody closes their own account
        close.setEnabled(!chosen.active() || !chosen.username().equals(user.username()));
    }

    void saveRoles() {
        if (editing == null) {
            return;
        }
        rolesError.clear();
        Set<Role> chosen = checked(roleBoxes);
        UserAccount changed;
        try {
            changed = identity.changeRoles(user.regroupementId(), editing.username(), chosen);
        } catch (LastAdministratorException e) {
            // what was checked stays, so the administrator sees what was refused
            rolesError.show(messages.get("users.roles.lastAdministrator"));
            return;
        } catch (IllegalArgumentException e) {
            rolesError.show(messages.get("users.roles.unknown"));
            return;
        } catch (RuntimeException e) {
            rolesError.show(messages.get("users.roles.failed"));
            return;
        }
        refresh();
        users.asSingleSelect().setValue(changed);
        context.success().accept(messages.format("users.roles.saved", changed.displayName()));
    }

    void toggleAccess() {
        if (editing == null) {
            return;
        }
        accessError.clear();
        boolean open = !editing.active();
        UserAccount changed;
        try {
            changed = identity.setOpen(user.regroupementId(), editing.username(), open, user.username());
        } catch (LastAdministratorException e) {
            accessError.show(messages.get("users.access.lastAdministrator"));
            return;
        } catch (IllegalArgumentException e) {
            accessError.show(messages.get("users.roles.unknown"));
            return;
        } catch (RuntimeException e) {
            accessError.show(messages.get("users.access.failed"));
            return;
        }
        refresh();
        users.asSingleSelect().setValue(changed);
        context.success().accept(messages.format(open ? "users.access.reopened" : "users.access.closedDone",
                changed.displayName()));
    }

    void resetPassword() {
        if (editing == null || !NewAccountFields.longEnough(messages, resetPassword)) {
            return;
        }
        resetPassword.setInvalid(false);
        char[] typed = resetPassword.getValue().toCharArray();
        try {
            identity.resetPassword(user.regroupementId(), editing.username(), typed);
        } catch (RuntimeException e) {
            // kept in the field, to try again
            resetPassword.setInvalid(true);
            resetPassword.setErrorMessage(messages.get("users.reset.failed"));
            return;
        } finally {
            java.util.Arrays.fill(typed, '\0');
        }
        resetPassword.clear();
        resetPassword.setInvalid(false);
        context.success().accept(messages.format("users.reset.done", editing.displayName()));
    }

    // ---- a new user ----------------------------------------------------------------------------

    private Section newUserSection() {
        Section section = TitledSection.of(messages, "users-new", "users.new");
        newUsername.setId("users-new-username");
        newUsername.setLabel(messages.get("directory.column.username"));
        newUsername.setHelperText(messages.get("users.new.username.help"));
        newUsername.setRequiredIndicatorVisible(true);
        newUsername.setMaxLength(100);
        newName.setId("users-new-name");
        newName.setLabel(messages.get("users.new.name"));
        newName.setRequiredIndicatorVisible(true);
        newName.setMaxLength(200);
        newPassword.setId("users-new-password");
        newPassword.setLabel(messages.get("users.new.password"));
        newPassword.setHelperText(messages.format("users.new.password.help", IdentityService.MIN_PASSWORD_LENGTH));
        newPassword.setRequiredIndicatorVisible(true);
        FlexLayout fields = new FlexLayout(newUsername, newName, newPassword);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        Button create = new Button(messages.get("users.new.create"), e -> createUser());
        create.setId("users-new-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(fields, roleGroup("users-new-role", "users.roles.legend", newRoleBoxes), newRolesError, create);
        return section;
    }

    void createUser() {
        newRolesError.clear();
        String username = strip(newUsername.getValue());
        String name = strip(newName.getValue());
        String password = newPassword.getValue() == null ? "" : newPassword.getValue();
        Set<Role> roles = checked(newRoleBoxes);
        boolean valid = NewAccountFields.check(messages, identity, newUsername, newName, newPassword);
        if (roles.isEmpty()) {
            newRolesError.show(messages.get("users.new.roles.missing"));
            valid = false;
        }
        if (!valid) {
            return;
        }
        UserAccount created;
        try {
            // passed on by the administrator: the person chooses their own at the first sign-in
            created = identity.createUser(username, name, user.regroupementId(), roles, password.toCharArray(), true);
        } catch (IllegalArgumentException e) {
            if (identity.findUser(username).isPresent()) {
                // taken meanwhile by someone else
                NewAccountFields.invalid(messages, newUsername, "users.new.username.taken");
            } else {
                context.error().accept(messages.get("users.new.failed"));
            }
            return;
        } catch (RuntimeException e) {
            context.error().accept(messages.get("users.new.failed"));
            return;
        }
        newUsername.clear();
        newName.clear();
        newPassword.clear();
        newRoleBoxes.values().forEach(box -> box.setValue(false));
        // emptied on purpose: not the missing values the required fields would otherwise report
        newUsername.setInvalid(false);
        newName.setInvalid(false);
        newPassword.setInvalid(false);
        refresh();
        context.success().accept(messages.format("users.new.done", created.displayName(), created.username()));
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** One labelled checkbox per role, in a group named by its legend. */
    private Div roleGroup(String idPrefix, String legendKey, Map<Role, Checkbox> boxes) {
        Div group = new Div();
        group.setId(idPrefix + "s");
        group.getElement().setAttribute("role", "group");
        Span legend = new Span(messages.get(legendKey));
        legend.setId(idPrefix + "s-legend");
        group.getElement().setAttribute("aria-labelledby", legend.getId().orElseThrow());
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        for (Role role : GRANTED_ROLES) {
            Checkbox box = new Checkbox(messages.role(role));
            box.setId(idPrefix + "-" + role.name());
            boxes.put(role, box);
            row.add(box);
        }
        group.add(legend, row);
        return group;
    }

    private static Set<Role> checked(Map<Role, Checkbox> boxes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boxes.forEach((role, box) -> {
            if (Boolean.TRUE.equals(box.getValue())) {
                roles.add(role);
            }
        });
        return roles;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    PasswordField resetPasswordField() {
        return resetPassword;
    }

    Grid<UserAccount> users() {
        return users;
    }

    List<UserAccount> listed() {
        return users.getGenericDataView().getItems().toList();
    }

    Optional<UserAccount> editing() {
        return Optional.ofNullable(editing);
    }

    Checkbox roleBox(Role role) {
        return roleBoxes.get(role);
    }

    Checkbox newRoleBox(Role role) {
        return newRoleBoxes.get(role);
    }

    TextField newUsername() {
        return newUsername;
    }

    TextField newName() {
        return newName;
    }

    PasswordField newPassword() {
        return newPassword;
    }

    @Override
    public String getPageTitle() {
        return messages.format("page.title", messages.get("users.heading"));
    }
}
