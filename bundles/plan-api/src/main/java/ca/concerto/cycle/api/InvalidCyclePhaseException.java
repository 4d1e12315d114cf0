package ca.concerto.cycle.api;

/** The cycle is not in a phase that allows the step (for example commenting after the deadline). */
public class InvalidCyclePhaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final CyclePhase actual;
    private final String step;

    public InvalidCyclePhaseException(long cycleId, CyclePhase actual, String step) {
        super("Cycle " + cycleId + " is in " + actual + ": cannot " + step);
        this.actual = actual;
        this.step = step;
    }

    public CyclePhase actual() {
        return actual;
    }

    /** The step refused, as a key the screens translate ("comment", "submitInput"...). */
    public String step() {
        return step;
    }
}
