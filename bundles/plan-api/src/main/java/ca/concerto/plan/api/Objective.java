package ca.concerto.plan.api;

import java.util.List;

/** An objective of a plan with its actions, in plan order. */
public record Objective(long id, String number, String title, List<Action> actions) {
    public Objective {
        actions = List.copyOf(actions);
    }
}
