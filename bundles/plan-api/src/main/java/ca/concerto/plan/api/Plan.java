package ca.concerto.plan.api;

import java.time.Instant;
import java.util.List;

/**
 * A plan d'action of one regroupement for one period.
 *
 * @param period   the period as the regroupement writes it ("2023-2024", "triennal 2010-2013")
 * @param revision optimistic-lock revision, increased by every write
 */
public record Plan(long id, String regroupementId, String title, String period, String mission,
                   PlanStatus status, long revision, Instant createdAt, String createdBy,
                   List<Objective> objectives) {
    public Plan {
        objectives = List.copyOf(objectives);
    }

    public PlanSummary summary() {
        return new PlanSummary(id, regroupementId, title, period, status);
    }
}
