package ca.concerto.plan.api;

import ca.concerto.plan.model.Committee;

/**
 * Someone else saved or removed the same committee since the screen read it, or added one under the
 * same key. Nothing was written; the committee as it is stored now is given so the screen can show it.
 */
public class CommitteeConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String committeeKey;
    private final transient Committee current;

    public CommitteeConflictException(String committeeKey, Committee current) {
        super("Committee " + committeeKey + (current == null ? " was removed" : " was changed") + " by someone else");
        this.committeeKey = committeeKey;
        this.current = current;
    }

    public String committeeKey() {
        return committeeKey;
    }

    /** The committee as stored now; null when it is no longer in the plan. */
    public Committee current() {
        return current;
    }
}
