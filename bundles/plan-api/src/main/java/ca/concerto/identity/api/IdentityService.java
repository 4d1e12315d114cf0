package ca.concerto.identity.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/** Users, their roles and sign-in. Passwords are kept only as salted hashes. */
@ProviderType
public interface IdentityService {

    /**
     * The account if the password is right and the account open; empty otherwise (unknown user, wrong
     * password or closed account alike).
     */
    Optional<UserAccount> authenticate(String username, char[] password);

    Optional<UserAccount> findUser(String username);

    List<UserAccount> usersOf(String regroupementId);

    /**
     * The regroupements on the platform, by id in alphabetical order: those that have a user.
     *
     * @since 1.4
     */
    List<String> regroupements();

    /**
     * Creates a user with a password of their own (set-up, demonstration data).
     *
     * @throws IllegalArgumentException if the username is taken or the password too short
     */
    default UserAccount createUser(String username, String displayName, String regroupementId, Set<Role> roles,
                                   char[] password) {
        return createUser(username, displayName, regroupementId, roles, password, false);
    }

    /**
     * Creates a user; with {@code temporary}, the password is one an administrator passes on, which the
     * person replaces with their own at their first sign-in ({@link #hasTemporaryPassword}).
     *
     * @throws IllegalArgumentException if the username is taken or the password too short
     * @since 1.6
     */
    UserAccount createUser(String username, String displayName, String regroupementId, Set<Role> roles,
                           char[] password, boolean temporary);

    /**
     * Whether the user's password is one an administrator gave (at the account's creation or by
     * {@link #resetPassword}) and they have not replaced yet with {@link #changePassword}; false for an
     * unknown user.
     *
     * @since 1.6
     */
    boolean hasTemporaryPassword(String username);

    /** The languages a user may choose for the screens and documents: French (Québec) first. */
    List<String> LANGUAGES = List.of("fr", "en");

    /**
     * Sets the language the user's screens and documents are shown in.
     *
     * @return the account as it is now
     * @throws IllegalArgumentException if the language is not one of {@link #LANGUAGES} or the user is unknown
     * @since 1.2
     */
    UserAccount changeLanguage(String username, String language);

    /**
     * Sets the roles of a user of a regroupement, replacing the ones they had; nothing else of the
     * account changes (its password, name and language stay). A regroupement never loses its last
     * administrator: removing {@link Role#ADMINISTRATOR} from the only user of the regroupement who
     * has it is refused, even when two administrators are changed at the same moment.
     * {@link Role#PLATFORM_ADMINISTRATOR} is not a regroupement's to give or take: the user keeps it
     * or goes without it as before, whatever {@code roles} says (since 1.4).
     *
     * @param regroupementId the regroupement the user must belong to
     * @param username       the user whose roles change
     * @param roles          all their roles from now on; empty for none
     * @return the account as it is now
     * @throws IllegalArgumentException    if the regroupement is blank, {@code roles} is null, or no user of that
     *                                     name is in that regroupement (an unknown user and another regroupement's
     *                                     user are refused alike, with the same message); nothing is changed
     * @throws LastAdministratorException  (an {@link IllegalStateException}) if the user is the regroupement's last
     *                                     administrator and {@code roles} lacks {@link Role#ADMINISTRATOR};
     *                                     nothing is changed
     * @since 1.3
     */
    UserAccount changeRoles(String regroupementId, String username, Set<Role> roles);

    /** The fewest characters a password may have. */
    int MIN_PASSWORD_LENGTH = 4;

    /**
     * A person changes their own password, proving it with the current one.
     *
     * @return false if {@code currentPassword} is wrong (or the user unknown); nothing is changed then
     * @throws IllegalArgumentException if the new password is shorter than {@link #MIN_PASSWORD_LENGTH}
     * @since 1.6
     */
    boolean changePassword(String username, char[] currentPassword, char[] newPassword);

    /**
     * An administrator gives a user of the regroupement a new, temporary password to pass on (a forgotten
     * one, or an access to cut): the old one no longer signs in.
     *
     * @return the account
     * @throws IllegalArgumentException if the password is too short, or no user of that name is in that
     *                                  regroupement (an unknown user and another regroupement's alike);
     *                                  nothing is changed
     * @since 1.6
     */
    UserAccount resetPassword(String regroupementId, String username, char[] temporaryPassword);

    /**
     * An administrator closes the account of someone who left, or opens it again. A closed account no
     * longer signs in and no longer counts among the regroupement's directors; its name stays on what
     * the person did, and its roles are kept for a reopening. A regroupement keeps at least one open
     * administrator account, and nobody closes their own.
     *
     * @return the account as it is now
     * @throws IllegalArgumentException   if no user of that name is in that regroupement, or the user is
     *                                    {@code closedBy}; nothing is changed
     * @throws LastAdministratorException if it is the regroupement's last open administrator account
     * @since 1.6
     */
    UserAccount setOpen(String regroupementId, String username, boolean open, String closedBy);

    /** Whether any administrator exists; the first start asks for one when none does. */
    boolean hasAdministrator();
}
