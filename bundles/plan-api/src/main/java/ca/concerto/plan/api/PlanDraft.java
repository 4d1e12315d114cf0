package ca.concerto.plan.api;

import java.util.List;
import java.util.Objects;

/** What a facilitator gives to open a new plan. */
public record PlanDraft(String title, String period, String mission, List<ObjectiveDraft> objectives) {
    public PlanDraft {
        Objects.requireNonNull(title, "title");
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }

    /** An objective to create, with its actions. */
    public record ObjectiveDraft(String title, List<ActionDraft> actions) {
        public ObjectiveDraft {
            Objects.requireNonNull(title, "title");
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    /** An action to create. */
    public record ActionDraft(String title, String responsible, String schedule) {
        public ActionDraft {
            Objects.requireNonNull(title, "title");
        }
    }
}
