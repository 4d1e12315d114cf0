package ca.concerto.plan.testing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;

/**
 * For tests' fakes: every method refuses, so that a fake overrides only what its test uses and a call
 * it did not expect fails loudly instead of answering something made up.
 */
public abstract class UnsupportedIdentityService implements IdentityService {

    protected static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not used by this test's fake");
    }

    @Override
    public Optional<UserAccount> authenticate(String username, char[] password) {
        throw unused();
    }

    @Override
    public Optional<UserAccount> findUser(String username) {
        throw unused();
    }

    @Override
    public List<UserAccount> usersOf(String regroupementId) {
        throw unused();
    }

    @Override
    public List<String> regroupements() {
        throw unused();
    }

    @Override
    public UserAccount createUser(String username, String displayName, String regroupementId, Set<Role> roles,
                                  char[] password, boolean temporary) {
        throw unused();
    }

    @Override
    public boolean hasTemporaryPassword(String username) {
        throw unused();
    }

    @Override
    public UserAccount changeLanguage(String username, String language) {
        throw unused();
    }

    @Override
    public UserAccount changeRoles(String regroupementId, String username, Set<Role> roles) {
        throw unused();
    }

    @Override
    public boolean changePassword(String username, char[] currentPassword, char[] newPassword) {
        throw unused();
    }

    @Override
    public UserAccount resetPassword(String regroupementId, String username, char[] temporaryPassword) {
        throw unused();
    }

    @Override
    public UserAccount setOpen(String regroupementId, String username, boolean open, String closedBy) {
        throw unused();
    }

    @Override
    public boolean hasAdministrator() {
        throw unused();
    }
}
