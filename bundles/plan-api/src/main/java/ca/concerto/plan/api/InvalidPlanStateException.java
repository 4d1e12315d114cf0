package ca.concerto.plan.api;

/** The plan is not in a status that allows the requested step (for example adopting a draft). */
public class InvalidPlanStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final PlanStatus actual;

    public InvalidPlanStateException(long planId, PlanStatus actual, String step) {
        super("Plan " + planId + " is " + actual + ": cannot " + step);
        this.actual = actual;
    }

    public PlanStatus actual() {
        return actual;
    }
}
