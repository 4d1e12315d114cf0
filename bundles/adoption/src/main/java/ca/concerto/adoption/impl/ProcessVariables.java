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

    // ---- the plan's cycle (plan-cycle.bpmn, cycle-adoption.bpmn) ----
    static final String CYCLE_ID = "cycleId";
    /** End of the consultation's last day, Québec time, as an ISO date-time (a timer's timeDate). */
    static final String CONSULTATION_DEADLINE_AT = "consultationDeadlineAt";
    /** End of the comment period's last day, set when the period opens. */
    static final String COMMENT_DEADLINE_AT = "commentDeadlineAt";
    /** Usernames of the comité de rédaction, comma-separated (candidate users of its tasks). */
    static final String DRAFTING_COMMITTEE = "draftingCommittee";
    static final String ANOTHER_MEETING = "anotherMeeting";
    static final String FOLLOW_UP_EVERY = "followUpEvery";
    static final String FOLLOW_UPS_PER_YEAR = "followUpsPerYear";
    static final String FOLLOW_UPS_HELD = "followUpsHeld";
    static final String ADOPTION_STEP = "adoptionProcessKey";
    /** Who completed the drafting or review task whose version is recorded next. */
    static final String VERSION_AUTHOR = "versionAuthor";
    static final String PUBLISHED_ON = "publishedOn";
    static final String PUBLISHED_BY = "publishedBy";
    // the board task's decision record, in a cycle
    static final String DECIDED_ON = "decidedOn";
    static final String RESOLUTION_NUMBER = "resolutionNumber";
    static final String DECISION_MODE = "decisionMode";
    static final String MEMBERS_PRESENT = "membersPresent";
    static final String QUORUM = "quorum";
    static final String IN_FAVOUR = "inFavour";
    static final String AGAINST = "against";
    static final String ABSTENTIONS = "abstentions";
    static final String SIGNATORIES = "signatories";

    /** Code of the conseil d'administration as adopting body; screens translate it. */
    static final String BOARD = "CA";

    private ProcessVariables() {
    }
}
