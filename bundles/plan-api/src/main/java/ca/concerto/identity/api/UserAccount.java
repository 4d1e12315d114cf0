package ca.concerto.identity.api;

import java.util.Set;

/**
 * A person who signs in, in one regroupement.
 *
 * @param active false once an administrator has closed the account (since 1.6): it no longer signs in
 */
public record UserAccount(String username, String displayName, String regroupementId, Set<Role> roles,
                          String language, boolean active) {
    public UserAccount {
        roles = Set.copyOf(roles);
    }

    /** An open account. */
    public UserAccount(String username, String displayName, String regroupementId, Set<Role> roles, String language) {
        this(username, displayName, regroupementId, roles, language, true);
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
        return new UserAccount(username, displayName, otherRegroupementId, roles, language, active);
    }
}
