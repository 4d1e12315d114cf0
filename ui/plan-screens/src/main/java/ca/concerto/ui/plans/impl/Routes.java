package ca.concerto.ui.plans.impl;

/** The route paths of the plan screens, as the host registers them. */
final class Routes {
    static final String PLANS = "plans";
    static final String NEW_PLAN = "plans/new";
    static final String PLAN = "plan";
    static final String TASKS = "tasks";
    static final String DIRECTORY = "directory";
    static final String EDITOR = "plan-editor";
    static final String TIMELINE = "timeline";
    static final String COMMITTEES = "plan-committees";
    /** The administrators' "Utilisateurs et rôles". */
    static final String USERS = "admin/users";
    static final String REGROUPEMENTS = "admin/regroupements";
    /** « Mon compte ». */
    static final String ACCOUNT = ca.concerto.ui.api.Screen.ACCOUNT_ROUTE;

    private Routes() {
    }

    /** The cycle screens' routes (bundle concerto-cycle-screens): a cycle's page and the body's decision. */
    static String cycle(long cycleId) {
        return "cycle/" + cycleId;
    }

    /** A plan's version history, in the cycle screens. */
    static String versions(long planId) {
        return "versions/" + planId;
    }

    static String decision(String taskId) {
        return "decision/" + taskId;
    }

    /** The location of a plan's editor, such as {@code plan-editor/42}. */
    static String editor(long planId) {
        return EDITOR + "/" + planId;
    }

    /** The location of a plan's committees, such as {@code plan-committees/42}. */
    static String committees(long planId) {
        return COMMITTEES + "/" + planId;
    }

    /** The location of a plan's timeline, such as {@code timeline/42}. */
    static String timeline(long planId) {
        return TIMELINE + "/" + planId;
    }

    /** The location of a plan's detail, such as {@code plan/42}. */
    static String plan(long planId) {
        return PLAN + "/" + planId;
    }
}
