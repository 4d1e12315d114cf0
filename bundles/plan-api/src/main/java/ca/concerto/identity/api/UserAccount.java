package ca.concerto.identity.api;

import java.util.Set;

/** A person who signs in, in one regroupement. */
public record UserAccount(String username, String displayName, String regroupementId, Set<Role> roles,
                          String language) {
    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * The same account working in another regroupement (a platform administrator's session).
     *
     * @since 1.4
     */
    public UserAccount inRegroupement(String otherRegroupementId) {
        return new UserAccount(username, displayName, otherRegroupementId, roles, language);
    }
}
