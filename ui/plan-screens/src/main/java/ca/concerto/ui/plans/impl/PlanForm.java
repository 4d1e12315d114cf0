package ca.concerto.ui.plans.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanDraft.ActionDraft;
import ca.concerto.plan.api.PlanDraft.ObjectiveDraft;

/**
 * What the new-plan form holds, independent of Vaadin: the view writes into it, {@link #validate()}
 * says which fields are wrong and {@link #toDraft()} turns it into a {@link PlanDraft}.
 *
 * <p>Errors are keyed by the id of the field they belong to (the same ids the view gives its
 * components), and valued by a message key.
 */
public final class PlanForm {

    /** Field ids; the view uses the same. */
    public static final String TITLE = "plan-title";
    public static final String PERIOD = "plan-period";
    public static final String MISSION = "plan-mission";
    /** Where the "at least one objective" message goes. */
    public static final String OBJECTIVES = "objectives-error";

    public static String objectiveTitleId(int objective) {
        return "objective-" + objective + "-title";
    }

    public static String actionFieldId(int objective, int action, String field) {
        return "action-" + objective + "-" + action + "-" + field;
    }

    private String title = "";
    private String period = "";
    private String mission = "";
    private final List<ObjectiveForm> objectives = new ArrayList<>();

    /** One objective of the form with its action rows. */
    public static final class ObjectiveForm {
        private String title = "";
        private final List<ActionForm> actions = new ArrayList<>();

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = nullToEmpty(title);
        }

        public List<ActionForm> actions() {
            return actions;
        }

        public ActionForm addAction() {
            ActionForm action = new ActionForm();
            actions.add(action);
            return action;
        }
    }

    /** One action row. */
    public static final class ActionForm {
        private String title = "";
        private String responsible = "";
        private String schedule = "";

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = nullToEmpty(title);
        }

        public String getResponsible() {
            return responsible;
        }

        public void setResponsible(String responsible) {
            this.responsible = nullToEmpty(responsible);
        }

        public String getSchedule() {
            return schedule;
        }

        public void setSchedule(String schedule) {
            this.schedule = nullToEmpty(schedule);
        }

        boolean isBlank() {
            return title.isBlank() && responsible.isBlank() && schedule.isBlank();
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = nullToEmpty(title);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = nullToEmpty(period);
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = nullToEmpty(mission);
    }

    public List<ObjectiveForm> objectives() {
        return objectives;
    }

    /** A new objective with one empty action row, as the form offers it. */
    public ObjectiveForm addObjective() {
        ObjectiveForm objective = new ObjectiveForm();
        objective.addAction();
        objectives.add(objective);
        return objective;
    }

    /**
     * The errors of the form, field id to message key, in form order; empty when the form can be saved.
     * Action rows left entirely blank are ignored; a row with a responsible or an échéancier needs a title.
     */
    public Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isBlank()) {
            errors.put(TITLE, "form.error.title");
        }
        if (objectives.isEmpty()) {
            errors.put(OBJECTIVES, "form.error.objectives");
        }
        for (int i = 0; i < objectives.size(); i++) {
            ObjectiveForm objective = objectives.get(i);
            if (objective.title.isBlank()) {
                errors.put(objectiveTitleId(i), "form.error.objectiveTitle");
            }
            for (int j = 0; j < objective.actions.size(); j++) {
                ActionForm action = objective.actions.get(j);
                if (!action.isBlank() && action.title.isBlank()) {
                    errors.put(actionFieldId(i, j, "title"), "form.error.actionTitle");
                }
            }
        }
        return errors;
    }

    /**
     * The draft to give to {@code PlanService.createPlan}: texts trimmed, optional texts null when
     * blank, blank action rows left out.
     *
     * @throws IllegalStateException if the form is not valid
     */
    public PlanDraft toDraft() {
        if (!validate().isEmpty()) {
            throw new IllegalStateException("Invalid plan form: " + validate());
        }
        List<ObjectiveDraft> objectiveDrafts = new ArrayList<>();
        for (ObjectiveForm objective : objectives) {
            List<ActionDraft> actionDrafts = new ArrayList<>();
            for (ActionForm action : objective.actions) {
                if (!action.isBlank()) {
                    actionDrafts.add(new ActionDraft(action.title.strip(), blankToNull(action.responsible),
                            blankToNull(action.schedule)));
                }
            }
            objectiveDrafts.add(new ObjectiveDraft(objective.title.strip(), actionDrafts));
        }
        return new PlanDraft(title.strip(), blankToNull(period), blankToNull(mission), objectiveDrafts);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
