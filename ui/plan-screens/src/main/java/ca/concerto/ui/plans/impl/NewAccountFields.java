package ca.concerto.ui.plans.impl;

import ca.concerto.identity.api.IdentityService;

import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The fields of a new account (username, full name, temporary password), checked as the store would
 * refuse them, each reason shown beside its field: a user added to a regroupement, or the first
 * administrator of a regroupement being opened.
 */
final class NewAccountFields {

    private NewAccountFields() {
    }

    /** Clears the fields' earlier errors and marks each one that the store would refuse; true if none. */
    static boolean check(Messages messages, IdentityService identity, TextField username, TextField name,
                         PasswordField password) {
        username.setInvalid(false);
        name.setInvalid(false);
        password.setInvalid(false);
        String login = username.getValue() == null ? "" : username.getValue().strip();
        boolean valid = true;
        if (login.isEmpty()) {
            valid = invalid(messages, username, "users.new.username.missing");
        } else if (login.chars().anyMatch(Character::isWhitespace)) {
            valid = invalid(messages, username, "users.new.username.spaces");
        } else if (identity.findUser(login).isPresent()) {
            valid = invalid(messages, username, "users.new.username.taken");
        }
        if (name.getValue() == null || name.getValue().isBlank()) {
            valid = invalid(messages, name, "users.new.name.missing");
        }
        return longEnough(messages, password) && valid;
    }

    /** Marks the password field when the store would refuse the password as too short; true if long enough. */
    static boolean longEnough(Messages messages, PasswordField password) {
        String typed = password.getValue() == null ? "" : password.getValue();
        if (typed.length() < IdentityService.MIN_PASSWORD_LENGTH) {
            password.setInvalid(true);
            password.setErrorMessage(messages.format("users.new.password.short", IdentityService.MIN_PASSWORD_LENGTH));
            return false;
        }
        return true;
    }

    /** Marks the field with the message; false, for the form's validity. */
    static boolean invalid(Messages messages, TextField field, String key) {
        field.setInvalid(true);
        field.setErrorMessage(messages.get(key));
        return false;
    }
}
