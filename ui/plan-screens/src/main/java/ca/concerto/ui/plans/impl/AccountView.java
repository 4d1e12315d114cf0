package ca.concerto.ui.plans.impl;

import java.util.Arrays;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.UserAccount;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * « Mon compte »: who the signed-in person is on the platform (name, username, roles) and the change of
 * their own password, proven by the current one: the one an administrator gave is only to begin with.
 */
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient IdentityService identity;
    private final transient ViewContext context;
    private final Messages messages;
    private final UserAccount user;
    private final PasswordField current = new PasswordField();
    private final PasswordField chosen = new PasswordField();
    private final PasswordField confirmed = new PasswordField();
    private final FormAlert error = new FormAlert("account-password-error");
    private final Paragraph temporaryNotice = new Paragraph();

    public AccountView(IdentityService identity, ViewContext context) {
        this.identity = identity;
        this.context = context;
        this.user = context.user().get();
        this.messages = Messages.of(user);
        setId("account-view");
        H2 heading = new H2(messages.get("account.heading"));
        heading.setId("account-heading");
        add(heading);
        // a password an administrator passed on: the platform opens nothing else until it is replaced
        temporaryNotice.setId("account-temporary");
        temporaryNotice.setText(messages.get("account.temporary"));
        temporaryNotice.getStyle().set("font-weight", "bold");
        temporaryNotice.setVisible(identity.hasTemporaryPassword(user.username()));
        add(temporaryNotice, who(), passwordSection());
    }

    private Section who() {
        Section section = TitledSection.of(messages, "account-who", "account.who");
        Paragraph name = new Paragraph(messages.format("account.name", user.displayName(), user.username()));
        name.setId("account-name");
        Paragraph rolesLine = new Paragraph(messages.format("account.roles", messages.roles(user)));
        rolesLine.setId("account-roles");
        section.add(name, rolesLine);
        return section;
    }

    private Section passwordSection() {
        Section section = TitledSection.of(messages, "account-password", "account.password");
        field(current, "account-current-password", "account.password.current");
        field(chosen, "account-new-password", "account.password.new");
        chosen.setHelperText(messages.format("users.new.password.help.own", IdentityService.MIN_PASSWORD_LENGTH));
        field(confirmed, "account-confirm-password", "account.password.confirm");
        Button change = new Button(messages.get("account.password.change"), e -> changePassword());
        change.setId("account-password-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(current, chosen, confirmed, error, change);
        form.setPadding(false);
        section.add(form);
        return section;
    }

    private void field(PasswordField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(messages.get(labelKey));
        field.setRequiredIndicatorVisible(true);
        field.setWidth("min(24rem, 100%)");
    }

    void changePassword() {
        error.clear();
        current.setInvalid(false);
        chosen.setInvalid(false);
        confirmed.setInvalid(false);
        boolean valid = NewAccountFields.longEnough(messages, chosen);
        if (current.isEmpty()) {
            current.setInvalid(true);
            current.setErrorMessage(messages.get("account.password.current.missing"));
            valid = false;
        }
        if (valid && !chosen.getValue().equals(confirmed.getValue())) {
            confirmed.setInvalid(true);
            confirmed.setErrorMessage(messages.get("account.password.mismatch"));
            valid = false;
        }
        if (!valid) {
            return;
        }
        char[] currentChars = current.getValue().toCharArray();
        char[] chosenChars = chosen.getValue().toCharArray();
        boolean changed;
        try {
            changed = identity.changePassword(user.username(), currentChars, chosenChars);
        } catch (RuntimeException e) {
            error.show(messages.get("account.password.failed"));
            return;
        } finally {
            Arrays.fill(currentChars, '\0');
            Arrays.fill(chosenChars, '\0');
        }
        if (!changed) {
            current.setInvalid(true);
            current.setErrorMessage(messages.get("account.password.current.wrong"));
            return;
        }
        current.clear();
        chosen.clear();
        confirmed.clear();
        // emptied on purpose: not the missing values the required fields would otherwise report
        current.setInvalid(false);
        chosen.setInvalid(false);
        confirmed.setInvalid(false);
        temporaryNotice.setVisible(false);
        context.success().accept(messages.get("account.password.changed"));
    }

    PasswordField current() {
        return current;
    }

    PasswordField chosen() {
        return chosen;
    }

    PasswordField confirmed() {
        return confirmed;
    }

    Paragraph temporaryNotice() {
        return temporaryNotice;
    }

    FormAlert error() {
        return error;
    }

    @Override
    public String getPageTitle() {
        return messages.format("page.title", messages.get("account.heading"));
    }
}
