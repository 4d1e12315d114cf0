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
    MEMBER;

    /** The workflow engine group that holds the tasks of this role. */
    public String groupId() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
