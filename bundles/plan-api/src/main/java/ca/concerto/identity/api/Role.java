package ca.concerto.identity.api;

/** What a user may do in their regroupement. */
public enum Role {
    /** Installs modules, manages users. */
    ADMINISTRATOR,
    /** Animateur·trice, coordonnatrice: runs the cycle. */
    FACILITATOR,
    /** Member of the adopting body (conseil d'administration). */
    BOARD_MEMBER,
    /** Represents a member organization: answers the consultation, comments the draft, may sit on the comité de rédaction. */
    MEMBER,
    /**
     * Runs the platform for every regroupement on it: chooses the regroupement they work in, where
     * their other roles then apply. Given to the administrator created at the platform's set-up, not
     * granted per regroupement.
     *
     * @since 1.4
     */
    PLATFORM_ADMINISTRATOR;

    /** The workflow engine group that holds the tasks of this role. */
    public String groupId() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
