package ca.concerto.ui.plans.impl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.LastAdministratorException;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.testing.UnsupportedIdentityService;

/** Users in memory, with the rules of the real store: unique usernames, 4-character passwords, a last administrator. */
final class FakeIdentity extends UnsupportedIdentityService {
    final Map<String, UserAccount> users = new LinkedHashMap<>();
    final Map<String, char[]> passwords = new LinkedHashMap<>();
    /** The users whose password an administrator gave and they have not replaced. */
    final java.util.Set<String> temporaryPasswords = new java.util.HashSet<>();
    /** Every changeRoles and createUser call that reached the store, in order. */
    final List<String> calls = new ArrayList<>();
    /** When set, the next changing call fails with it (a store that is down). */
    RuntimeException failNext;

    UserAccount add(UserAccount user) {
        users.put(user.username(), user);
        passwords.put(user.username(), "demo".toCharArray());
        return user;
    }

    @Override
    public Optional<UserAccount> authenticate(String username, char[] password) {
        return findUser(username).filter(u -> u.active() && Arrays.equals(passwords.get(username), password));
    }

    @Override
    public Optional<UserAccount> findUser(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public List<String> regroupements() {
        return users.values().stream().map(UserAccount::regroupementId).distinct().sorted().toList();
    }

    @Override
    public List<UserAccount> usersOf(String regroupementId) {
        return users.values().stream().filter(u -> u.regroupementId().equals(regroupementId))
                .sorted(Comparator.comparing(UserAccount::username)).toList();
    }

    @Override
    public UserAccount createUser(String username, String displayName, String regroupementId, Set<Role> roles,
                                  char[] password, boolean temporary) {
        calls.add("createUser " + username + (temporary ? " temporary" : ""));
        failIfAsked();
        if (username == null || username.isBlank() || users.containsKey(username.strip())) {
            throw new IllegalArgumentException("The username " + username + " is already taken");
        }
        requireLongEnough(password);
        UserAccount user = new UserAccount(username.strip(), displayName, regroupementId,
                roles == null ? Set.of() : roles, "fr");
        users.put(user.username(), user);
        passwords.put(user.username(), password.clone());
        if (temporary) {
            temporaryPasswords.add(user.username());
        }
        return user;
    }

    @Override
    public boolean hasTemporaryPassword(String username) {
        return temporaryPasswords.contains(username);
    }

    @Override
    public UserAccount changeLanguage(String username, String language) {
        UserAccount user = findUser(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unknown language: " + language);
        }
        return put(new UserAccount(username, user.displayName(), user.regroupementId(), user.roles(), language,
                user.active()));
    }

    @Override
    public UserAccount changeRoles(String regroupementId, String username, Set<Role> roles) {
        calls.add("changeRoles " + username + " " + roles);
        failIfAsked();
        UserAccount user = findUser(username).filter(u -> u.regroupementId().equals(regroupementId))
                .orElseThrow(() -> new IllegalArgumentException("No user " + username + " in this regroupement"));
        if (roles == null) {
            throw new IllegalArgumentException("roles are required");
        }
        if (user.hasRole(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)
                && usersOf(regroupementId).stream().filter(u -> u.hasRole(Role.ADMINISTRATOR)).count() <= 1) {
            throw new LastAdministratorException(regroupementId, username);
        }
        return put(new UserAccount(username, user.displayName(), regroupementId, roles, user.language(), user.active()));
    }

    @Override
    public boolean changePassword(String username, char[] currentPassword, char[] newPassword) {
        calls.add("changePassword " + username);
        failIfAsked();
        requireLongEnough(newPassword);
        if (authenticate(username, currentPassword).isEmpty()) {
            return false;
        }
        passwords.put(username, newPassword.clone());
        temporaryPasswords.remove(username);
        return true;
    }

    @Override
    public UserAccount resetPassword(String regroupementId, String username, char[] temporaryPassword) {
        calls.add("resetPassword " + username);
        failIfAsked();
        requireLongEnough(temporaryPassword);
        UserAccount user = findUser(username).filter(u -> u.regroupementId().equals(regroupementId))
                .orElseThrow(() -> new IllegalArgumentException("No user " + username + " in this regroupement"));
        passwords.put(username, temporaryPassword.clone());
        temporaryPasswords.add(username);
        return user;
    }

    private static void requireLongEnough(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("The password must have at least 4 characters");
        }
    }

    @Override
    public UserAccount setOpen(String regroupementId, String username, boolean open, String closedBy) {
        calls.add((open ? "reopen " : "close ") + username);
        failIfAsked();
        if (!open && username.equals(closedBy)) {
            throw new IllegalArgumentException("Nobody closes their own account");
        }
        UserAccount user = findUser(username).filter(u -> u.regroupementId().equals(regroupementId))
                .orElseThrow(() -> new IllegalArgumentException("No user " + username + " in this regroupement"));
        long openAdministrators = usersOf(regroupementId).stream()
                .filter(u -> u.active() && u.hasRole(Role.ADMINISTRATOR)).count();
        if (!open && user.active() && user.hasRole(Role.ADMINISTRATOR) && openAdministrators <= 1) {
            throw new LastAdministratorException(regroupementId, username);
        }
        return put(new UserAccount(username, user.displayName(), regroupementId, user.roles(), user.language(), open));
    }

    @Override
    public boolean hasAdministrator() {
        return users.values().stream().anyMatch(u -> u.hasRole(Role.ADMINISTRATOR));
    }

    private UserAccount put(UserAccount user) {
        users.put(user.username(), user);
        return user;
    }

    private void failIfAsked() {
        RuntimeException failure = failNext;
        failNext = null;
        if (failure != null) {
            throw failure;
        }
    }
}
