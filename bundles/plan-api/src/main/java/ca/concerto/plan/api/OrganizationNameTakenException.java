package ca.concerto.plan.api;

/**
 * Another organization of the regroupement already has this name (letter case aside): two entries
 * for one organization would split its invitations, answers and meeting attendance. Nothing was written.
 */
public class OrganizationNameTakenException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String name;

    public OrganizationNameTakenException(String name) {
        super("An organization of this regroupement is already named " + name);
        this.name = name;
    }

    /** The name asked for. */
    public String name() {
        return name;
    }
}
