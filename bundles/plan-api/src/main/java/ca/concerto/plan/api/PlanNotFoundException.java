package ca.concerto.plan.api;

/**
 * No plan with that id in the caller's regroupement. A plan of another regroupement is reported
 * the same way, so that callers learn nothing about other tenants.
 */
public class PlanNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long planId;

    public PlanNotFoundException(long planId) {
        super("No plan " + planId + " in this regroupement");
        this.planId = planId;
    }

    public long planId() {
        return planId;
    }
}
