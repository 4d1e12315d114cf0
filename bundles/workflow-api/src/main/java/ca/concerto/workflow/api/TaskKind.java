package ca.concerto.workflow.api;

/** The kinds of human task in the adoption cycle; each matches a user task of the BPMN. */
public enum TaskKind {
    /** The board decides on a submitted plan (task definition key {@code boardDecision}). */
    BOARD_DECISION("boardDecision"),
    /** The facilitator revises a plan the board sent back (task definition key {@code revisePlan}). */
    REVISE_PLAN("revisePlan"),
    /** The board's decision is late: the facilitator follows it up (task definition key {@code remindBoardDecision}). */
    BOARD_REMINDER("remindBoardDecision");

    private final String taskDefinitionKey;

    TaskKind(String taskDefinitionKey) {
        this.taskDefinitionKey = taskDefinitionKey;
    }

    public String taskDefinitionKey() {
        return taskDefinitionKey;
    }

    public static TaskKind ofDefinitionKey(String key) {
        for (TaskKind kind : values()) {
            if (kind.taskDefinitionKey.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown task definition key: " + key);
    }
}
