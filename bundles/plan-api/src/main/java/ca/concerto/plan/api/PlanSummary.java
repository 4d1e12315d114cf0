package ca.concerto.plan.api;

/** A plan as lists show it. */
public record PlanSummary(long id, String regroupementId, String title, String period, PlanStatus status) {
}
