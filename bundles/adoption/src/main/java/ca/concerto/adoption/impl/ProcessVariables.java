package ca.concerto.adoption.impl;

/** Names of the adoption process's variables, as plan-adoption.bpmn uses them. */
final class ProcessVariables {
    static final String PLAN_ID = "planId";
    static final String REGROUPEMENT_ID = "regroupementId";
    static final String PLAN_TITLE = "planTitle";
    static final String SUBMITTED_BY = "submittedBy";
    static final String BOARD_GROUP = "boardGroup";
    static final String FACILITATOR_GROUP = "facilitatorGroup";
    /** Code of the adopting body; {@link #BOARD} unless a regional variant says otherwise. */
    static final String ADOPTING_BODY = "adoptingBody";
    /** How long the board may take before the facilitator is asked to follow up (ISO-8601 duration). */
    static final String BOARD_REMINDER_AFTER = "boardReminderAfter";
    static final String OUTCOME = "outcome";
    static final String COMMENT = "comment";
    static final String DECIDED_BY = "decidedBy";

    /** Code of the conseil d'administration as adopting body; screens translate it. */
    static final String BOARD = "CA";

    private ProcessVariables() {
    }
}
