package ca.concerto.cycle.api;

import java.util.Objects;

/** One action's status and comment as given at a follow-up meeting, before it is recorded. */
public record ProgressReport(String itemKey, ActionProgress progress, String comment) {

    public ProgressReport {
        Objects.requireNonNull(itemKey, "itemKey");
        Objects.requireNonNull(progress, "progress");
    }
}
