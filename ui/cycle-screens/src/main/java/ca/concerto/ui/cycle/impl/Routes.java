package ca.concerto.ui.cycle.impl;

/** The route paths of the cycle screens, as the host registers them. */
final class Routes {
    static final String CYCLES = "cycles";
    static final String NEW_CYCLE = "cycles/new";
    static final String CYCLE = "cycle";
    static final String DECISION = "decision";
    static final String VERSIONS = "versions";
    /** A plan's page, in the plan screens. */
    static final String PLAN = "plan";
    /** The task inbox of the plan screens. */
    static final String TASKS = "tasks";

    private Routes() {
    }

    /** The location of a cycle's page, such as {@code cycle/42}. */
    static String cycle(long cycleId) {
        return CYCLE + "/" + cycleId;
    }

    /** The location of a plan's version history, such as {@code versions/42}. */
    static String versions(long planId) {
        return VERSIONS + "/" + planId;
    }

    static String plan(long planId) {
        return PLAN + "/" + planId;
    }

    /** The location of the board's decision on a task, such as {@code decision/8f2c}. */
    static String decision(String taskId) {
        return DECISION + "/" + taskId;
    }
}
