package ca.concerto.workflow.api;

/** The kinds of human task in the adoption cycle; each matches a user task of the BPMN. */
public enum TaskKind {
    /** The board decides on a submitted plan (task definition key {@code boardDecision}). In a cycle its
     *  form also asks decidedOn (date), resolutionNumber, decisionMode (VOTE or WRITTEN), membersPresent,
     *  quorum, inFavour, against, abstentions (numbers) or signatories (usernames, comma-separated). */
    BOARD_DECISION("boardDecision"),
    /** The facilitator revises a plan the board sent back (task definition key {@code revisePlan}). */
    REVISE_PLAN("revisePlan"),
    /** The board's decision is late: the facilitator follows it up (task definition key {@code remindBoardDecision}). */
    BOARD_REMINDER("remindBoardDecision"),
    /** The consultation is open: the facilitator follows the answers and may close it before its deadline. */
    FOLLOW_CONSULTATION("followConsultation"),
    /** The consultation deadline passed (a reminder): the facilitator reviews the answers. */
    CONSULTATION_CLOSED("consultationClosed"),
    /** The rencontres: the facilitator records each meeting and says whether another one is needed
     *  (form field anotherMeeting, boolean); the last one needs the comité de rédaction named. */
    HOLD_MEETINGS("holdMeetings"),
    /** The comité de rédaction writes the draft; completing it records the draft as a version. */
    DRAFT_PLAN("draftPlan"),
    /** The comment period is open: the facilitator follows it and may close it before its deadline. */
    FOLLOW_COMMENTS("followComments"),
    /** The comité de rédaction accepts or rejects each comment; completing it issues the revised version. */
    REVIEW_COMMENTS("reviewComments"),
    /** The adopted plan is to be published (form field publishedOn, a date). */
    PUBLISH_PLAN("publishPlan"),
    /** A follow-up meeting is due: the facilitator records each action's status. */
    FOLLOW_UP_MEETING("holdFollowUp"),
    /** The year's follow-up is done: the facilitator prepares the annual bilan, which closes the cycle. */
    ANNUAL_REPORT("prepareAnnualReport"),
    /** A task of a regional variant's own BPMN, which the core does not know. */
    OTHER(null);

    private final String taskDefinitionKey;

    TaskKind(String taskDefinitionKey) {
        this.taskDefinitionKey = taskDefinitionKey;
    }

    public String taskDefinitionKey() {
        return taskDefinitionKey;
    }

    /** The kind of a task definition key; {@link #OTHER} for a key the core does not know. */
    public static TaskKind ofDefinitionKey(String key) {
        for (TaskKind kind : values()) {
            if (kind.taskDefinitionKey != null && kind.taskDefinitionKey.equals(key)) {
                return kind;
            }
        }
        return OTHER;
    }
}
