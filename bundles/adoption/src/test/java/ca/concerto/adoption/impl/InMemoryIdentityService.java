package ca.concerto.adoption.impl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.LastAdministratorException;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.testing.UnsupportedIdentityService;

/** Users kept in memory, for tests of the task inbox (delegation looks users up). */
final class InMemoryIdentityService extends UnsupportedIdentityService {

    private final Map<String, UserAccount> users = new ConcurrentHashMap<>();

    UserAccount add(UserAccount user) {
        users.put(user.username(), user);
        return user;
    }

    @Override
    public Optional<UserAccount> authenticate(String username, char[] password) {
        return Optional.empty();
    }

    @Override
    public Optional<UserAccount> findUser(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public List<UserAccount> usersOf(String regroupementId) {
        return users.values().stream().filter(u -> u.regroupementId().equals(regroupementId)).toList();
    }

    @Override
    public List<String> regroupements() {
        return users.values().stream().map(UserAccount::regroupementId).distinct().sorted().toList();
    }

    @Override
    public UserAccount createUser(String username, String displayName, String regroupementId, Set<Role> roles,
                                  char[] password) {
        return add(new UserAccount(username, displayName, regroupementId, roles, "fr"));
    }

    @Override
    public UserAccount changeLanguage(String username, String language) {
        UserAccount user = users.get(username);
        if (user == null || !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException(username + " / " + language);
        }
        UserAccount changed = new UserAccount(user.username(), user.displayName(), user.regroupementId(), user.roles(),
                language);
        users.put(username, changed);
        return changed;
    }

    @Override
    public synchronized UserAccount changeRoles(String regroupementId, String username, Set<Role> roles) {
        UserAccount user = users.get(username);
        if (user == null || !user.regroupementId().equals(regroupementId) || roles == null) {
            throw new IllegalArgumentException("No user " + username + " in this regroupement");
        }
        if (user.hasRole(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)
                && usersOf(regroupementId).stream().filter(u -> u.hasRole(Role.ADMINISTRATOR)).count() <= 1) {
            throw new LastAdministratorException(regroupementId, username);
        }
        return add(new UserAccount(username, user.displayName(), regroupementId, roles, user.language()));
    }

    @Override
    public boolean hasAdministrator() {
        return users.values().stream().anyMatch(u -> u.hasRole(Role.ADMINISTRATOR));
    }
}
