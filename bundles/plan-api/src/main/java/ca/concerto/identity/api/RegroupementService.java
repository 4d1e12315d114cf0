package ca.concerto.identity.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The regroupements of the platform, for its administrators: the list, opening a new one with its first
 * administrator, its name. A regroupement whose first user was created another way (the set-up, the demo)
 * is on the list under its identifier until it is renamed.
 *
 * @since 1.5
 */
@ProviderType
public interface RegroupementService {

    /** Identifiers: lower-case letters and digits, words joined by single hyphens. */
    String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /** The platform's regroupements, by name. */
    List<Regroupement> all();

    /**
     * Opens a regroupement with its first administrator (roles: administrator and facilitator), in one
     * transaction: if the administrator cannot be created, the regroupement is not opened either. The
     * password is temporary (since identity API 1.6): the administrator replaces it at the first sign-in.
     *
     * @throws IllegalArgumentException a malformed or taken identifier, a blank name, a taken username or
     *                                  a password too short (the message says which)
     */
    Regroupement open(String id, String name, String username, String displayName, char[] password);

    /**
     * Gives the regroupement its name.
     *
     * @throws IllegalArgumentException an unknown regroupement or a blank name
     */
    Regroupement rename(String id, String name);
}
