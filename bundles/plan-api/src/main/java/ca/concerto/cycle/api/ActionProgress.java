package ca.concerto.cycle.api;

/** An action's status at a follow-up meeting. */
public enum ActionProgress {
    /** À venir. */
    UPCOMING,
    /** En cours. */
    IN_PROGRESS,
    /** Réalisé. */
    DONE,
    /** Reporté. */
    POSTPONED,
    /** Abandonné. */
    ABANDONED;

    /** Whether an action with this status is finished (it does not carry over to the next plan). */
    public boolean finished() {
        return this == DONE || this == ABANDONED;
    }
}
