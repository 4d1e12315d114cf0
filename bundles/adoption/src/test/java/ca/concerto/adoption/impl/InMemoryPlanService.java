package ca.concerto.adoption.impl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.InvalidPlanStateException;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.testing.UnsupportedPlanService;

/** A plan store for tests of the workflow, with the same status rules as the real one. */
class InMemoryPlanService extends UnsupportedPlanService {

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Plan> plans = new ConcurrentHashMap<>();
    private final List<AdoptionDecision> decisions = new ArrayList<>();

    @Override
    public List<PlanSummary> listPlans(String regroupementId) {
        return plans.values().stream().filter(p -> p.regroupementId().equals(regroupementId)).map(Plan::summary).toList();
    }

    @Override
    public Optional<Plan> findPlan(String regroupementId, long planId) {
        return Optional.ofNullable(plans.get(planId)).filter(p -> p.regroupementId().equals(regroupementId));
    }

    @Override
    public Plan createPlan(String regroupementId, PlanDraft draft, String createdBy) {
        long id = ids.incrementAndGet();
        Plan plan = new Plan(id, regroupementId, draft.title(), draft.period(), draft.mission(), PlanStatus.DRAFT, 0,
                Instant.now(), createdBy, List.of());
        plans.put(id, plan);
        return plan;
    }

    @Override
    public Plan markSubmitted(String regroupementId, long planId) {
        Plan plan = findPlan(regroupementId, planId).orElseThrow(() -> new PlanNotFoundException(planId));
        if (plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.CHANGES_REQUESTED) {
            throw new InvalidPlanStateException(planId, plan.status(), "submit");
        }
        return put(plan, PlanStatus.SUBMITTED);
    }
    @Override
    public AdoptionDecision recordDecision(String regroupementId, long planId, ca.concerto.plan.api.DecisionRecord record,
                                           String decidedBy) {
        return recordDecision(regroupementId, planId, record.outcome(), record.body(), decidedBy, record.comment());
    }

    @Override
    public List<ca.concerto.plan.api.Publication> publications(String regroupementId, long planId) {
        return List.of();
    }

    @Override
    public synchronized AdoptionDecision recordDecision(String regroupementId, long planId, DecisionOutcome outcome,
                                                        String body, String decidedBy, String comment) {
        Plan plan = findPlan(regroupementId, planId).orElseThrow(() -> new PlanNotFoundException(planId));
        if (plan.status() != PlanStatus.SUBMITTED) {
            throw new InvalidPlanStateException(planId, plan.status(), "decide");
        }
        put(plan, outcome.resultingStatus());
        AdoptionDecision decision = new AdoptionDecision(decisions.size() + 1L, planId, regroupementId, outcome, body,
                decidedBy, Instant.now(), comment);
        decisions.add(decision);
        return decision;
    }

    @Override
    public synchronized List<AdoptionDecision> decisions(String regroupementId, long planId) {
        return decisions.stream().filter(d -> d.planId() == planId && d.regroupementId().equals(regroupementId)).toList();
    }

    @Override
    public List<Organization> organizations(String regroupementId) {
        return List.of();
    }

    private Plan put(Plan p, PlanStatus status) {
        Plan changed = new Plan(p.id(), p.regroupementId(), p.title(), p.period(), p.mission(), status, p.revision() + 1,
                p.createdAt(), p.createdBy(), p.objectives());
        plans.put(p.id(), changed);
        return changed;
    }
}
