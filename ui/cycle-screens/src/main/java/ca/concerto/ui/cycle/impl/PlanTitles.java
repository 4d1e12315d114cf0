package ca.concerto.ui.cycle.impl;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanSummary;

/**
 * The titles of a regroupement's plans, read in one query, for pages that list cycles: reading each
 * cycle's plan instead would load every one of its actions for a title.
 */
final class PlanTitles implements Function<PlanCycle, String> {

    private final Map<Long, String> titles;
    private final Messages messages;

    private PlanTitles(Map<Long, String> titles, Messages messages) {
        this.titles = titles;
        this.messages = messages;
    }

    static PlanTitles of(PlanService plans, String regroupementId, Messages messages) {
        return new PlanTitles(plans.listPlans(regroupementId).stream()
                .collect(Collectors.toMap(PlanSummary::id, PlanSummary::title, (a, b) -> a)), messages);
    }

    /** The title of the cycle's plan, or "Plan n° N" for a plan no longer there. */
    @Override
    public String apply(PlanCycle cycle) {
        String title = titles.get(cycle.planId());
        return title != null ? title : messages.format("cycles.planNumber", cycle.planId());
    }
}
