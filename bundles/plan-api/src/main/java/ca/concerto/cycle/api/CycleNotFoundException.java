package ca.concerto.cycle.api;

/** No cycle with that id in this regroupement. */
public class CycleNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CycleNotFoundException(long cycleId) {
        super("No cycle " + cycleId + " in this regroupement");
    }
}
