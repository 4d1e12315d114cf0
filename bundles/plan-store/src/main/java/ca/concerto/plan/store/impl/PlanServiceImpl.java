package ca.concerto.plan.store.impl;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ca.concerto.plan.api.Action;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.InvalidPlanStateException;
import ca.concerto.plan.api.Objective;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.PlanSummary;
import jakarta.persistence.EntityManager;

/** Plans on JPA. Every query names the regroupement; a plan of another regroupement is absent. */
@Component(service = PlanService.class)
public class PlanServiceImpl implements PlanService {

    private final StoreContext store;

    @Activate
    public PlanServiceImpl(@Reference StoreContext store) {
        this.store = store;
    }

    @Override
    public List<PlanSummary> listPlans(String regroupementId) {
        String r = tenant(regroupementId);
        return store.read(em -> em.createQuery(
                        "SELECT p FROM PlanEntity p WHERE p.regroupementId = :r ORDER BY p.createdAt, p.id", PlanEntity.class)
                .setParameter("r", r)
                .getResultStream()
                .map(p -> new PlanSummary(p.id(), p.regroupementId(), p.title(), p.period(), p.status()))
                .toList());
    }

    @Override
    public Optional<Plan> findPlan(String regroupementId, long planId) {
        String r = tenant(regroupementId);
        return store.read(em -> load(em, r, planId).map(PlanServiceImpl::toApi));
    }

    @Override
    public Plan createPlan(String regroupementId, PlanDraft draft, String createdBy) {
        String r = tenant(regroupementId);
        Objects.requireNonNull(draft, "draft");
        if (createdBy == null || createdBy.isBlank()) {
            throw new IllegalArgumentException("createdBy is required");
        }
        return store.inTransaction(em -> {
            PlanEntity plan = new PlanEntity(r, draft.title(), draft.period(), draft.mission(), createdBy, now());
            int o = 0;
            for (PlanDraft.ObjectiveDraft od : draft.objectives()) {
                o++;
                ObjectiveEntity objective = new ObjectiveEntity(plan, o, Integer.toString(o), od.title());
                int a = 0;
                for (PlanDraft.ActionDraft ad : od.actions()) {
                    a++;
                    objective.actions().add(new ActionEntity(objective, a, o + "." + a, ad.title(), ad.responsible(),
                            ad.schedule()));
                }
                plan.objectives().add(objective);
            }
            em.persist(plan);
            em.flush();
            return toApi(plan);
        });
    }

    @Override
    public Plan markSubmitted(String regroupementId, long planId) {
        String r = tenant(regroupementId);
        return store.inTransaction(em -> {
            PlanEntity plan = load(em, r, planId).orElseThrow(() -> new PlanNotFoundException(planId));
            if (plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.CHANGES_REQUESTED) {
                throw new InvalidPlanStateException(planId, plan.status(), "submit it for adoption");
            }
            plan.status(PlanStatus.SUBMITTED);
            em.flush();
            return toApi(plan);
        });
    }

    @Override
    public AdoptionDecision recordDecision(String regroupementId, long planId, DecisionOutcome outcome, String body,
                                           String decidedBy, String comment) {
        String r = tenant(regroupementId);
        Objects.requireNonNull(outcome, "outcome");
        if (decidedBy == null || decidedBy.isBlank()) {
            throw new IllegalArgumentException("decidedBy is required");
        }
        return store.inTransaction(em -> {
            PlanEntity plan = load(em, r, planId).orElseThrow(() -> new PlanNotFoundException(planId));
            if (plan.status() != PlanStatus.SUBMITTED) {
                throw new InvalidPlanStateException(planId, plan.status(), "record a decision");
            }
            AdoptionDecisionEntity decision = new AdoptionDecisionEntity(r, planId, outcome, body, decidedBy, now(),
                    comment);
            em.persist(decision);
            plan.status(outcome.resultingStatus());
            em.flush();
            return decision.toApi();
        });
    }

    @Override
    public List<AdoptionDecision> decisions(String regroupementId, long planId) {
        String r = tenant(regroupementId);
        return store.read(em -> em.createQuery("SELECT d FROM AdoptionDecisionEntity d"
                        + " WHERE d.regroupementId = :r AND d.planId = :p ORDER BY d.decidedAt, d.id",
                        AdoptionDecisionEntity.class)
                .setParameter("r", r)
                .setParameter("p", planId)
                .getResultStream()
                .map(AdoptionDecisionEntity::toApi)
                .toList());
    }

    @Override
    public List<Organization> organizations(String regroupementId) {
        String r = tenant(regroupementId);
        return store.read(em -> em.createQuery(
                        "SELECT o FROM OrganizationEntity o WHERE o.regroupementId = :r ORDER BY o.name, o.id",
                        OrganizationEntity.class)
                .setParameter("r", r)
                .getResultStream()
                .map(OrganizationEntity::toApi)
                .toList());
    }

    @Override
    public Organization addOrganization(String regroupementId, String name, Organization.OrganizationKind kind) {
        String r = tenant(regroupementId);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        Objects.requireNonNull(kind, "kind");
        return store.inTransaction(em -> {
            OrganizationEntity org = new OrganizationEntity(r, name.strip(), kind);
            em.persist(org);
            em.flush();
            return org.toApi();
        });
    }

    /**
     * Renames a plan if it is still at {@code expectedRevision}. Not in the PlanService API yet:
     * it shows (and tests) how an edit guards against stale writes.
     *
     * @throws ConcurrentModificationException if the plan changed since the caller read it
     */
    Plan renamePlan(String regroupementId, long planId, long expectedRevision, String title) {
        String r = tenant(regroupementId);
        return store.inTransaction(em -> {
            PlanEntity plan = load(em, r, planId).orElseThrow(() -> new PlanNotFoundException(planId));
            if (plan.revision() != expectedRevision) {
                throw new ConcurrentModificationException("Plan " + planId + " is at revision " + plan.revision()
                        + ", not " + expectedRevision + ": it was changed by someone else; reload it and try again.");
            }
            plan.title(title);
            em.flush();
            return toApi(plan);
        });
    }

    static Optional<PlanEntity> load(EntityManager em, String regroupementId, long planId) {
        return em.createQuery("SELECT p FROM PlanEntity p WHERE p.regroupementId = :r AND p.id = :id", PlanEntity.class)
                .setParameter("r", regroupementId)
                .setParameter("id", planId)
                .getResultStream()
                .findFirst();
    }

    static Plan toApi(PlanEntity p) {
        List<Objective> objectives = p.objectives().stream()
                .map(o -> new Objective(o.id(), o.number(), o.title(), o.actions().stream()
                        .map(a -> new Action(a.id(), a.number(), a.title(), a.responsible(), a.schedule()))
                        .toList()))
                .toList();
        return new Plan(p.id(), p.regroupementId(), p.title(), p.period(), p.mission(), p.status(), p.revision(),
                p.createdAt().toInstant(), p.createdBy(), objectives);
    }

    static String tenant(String regroupementId) {
        if (regroupementId == null || regroupementId.isBlank()) {
            throw new IllegalArgumentException("regroupementId is required");
        }
        return regroupementId;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
