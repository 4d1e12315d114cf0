package ca.concerto.plan.api;

import ca.concerto.plan.model.PlanItem;

/**
 * Someone else saved the same item since the editor loaded it. Nothing was written; both values
 * are given so the screen can show them side by side.
 */
public class EditConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String itemKey;
    private final transient PlanItem current;
    private final transient PlanItem attempted;
    private final long currentRevision;

    public EditConflictException(String itemKey, PlanItem current, long currentRevision, PlanItem attempted) {
        super("Item " + itemKey + " was changed by someone else (now at revision " + currentRevision + ")");
        this.itemKey = itemKey;
        this.current = current;
        this.currentRevision = currentRevision;
        this.attempted = attempted;
    }

    public String itemKey() {
        return itemKey;
    }

    /** The item as it is stored now (the other person's save). */
    public PlanItem current() {
        return current;
    }

    public long currentRevision() {
        return currentRevision;
    }

    /** The value this editor tried to save. */
    public PlanItem attempted() {
        return attempted;
    }
}
