package ca.concerto.ui.plans.impl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.Action;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.InvalidPlanStateException;
import ca.concerto.plan.api.Objective;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.OrganizationNameTakenException;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.workflow.api.AdoptionWorkflow;
import ca.concerto.workflow.api.TaskInbox;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.TaskNotFoundException;
import ca.concerto.workflow.api.WorkflowTask;
import ca.concerto.plan.testing.UnsupportedPlanService;

/** In-memory stand-ins for the store and the workflow, enough for the views. */
final class Fakes {

    static final String REGROUPEMENT = "troc-monteregie";

    static UserAccount facilitator(String language) {
        return new UserAccount("animateur", "Marie-Josée Gagnon", REGROUPEMENT, Set.of(Role.FACILITATOR), language);
    }

    static UserAccount boardMember(String language) {
        return new UserAccount("ca1", "Jean-François Bouchard", REGROUPEMENT, Set.of(Role.BOARD_MEMBER), language);
    }

    static class FakePlanService extends UnsupportedPlanService {
        final Map<Long, Plan> plans = new TreeMap<>();
        final List<AdoptionDecision> decisions = new ArrayList<>();
        final List<Organization> organizations = new ArrayList<>();
        private final AtomicLong ids = new AtomicLong(100);

        @Override
        public List<PlanSummary> listPlans(String regroupementId) {
            return plans.values().stream().filter(p -> p.regroupementId().equals(regroupementId))
                    .map(Plan::summary).toList();
        }

        @Override
        public Optional<Plan> findPlan(String regroupementId, long planId) {
            return Optional.ofNullable(plans.get(planId)).filter(p -> p.regroupementId().equals(regroupementId));
        }

        @Override
        public Plan createPlan(String regroupementId, PlanDraft draft, String createdBy) {
            long planId = ids.incrementAndGet();
            List<Objective> objectives = new ArrayList<>();
            for (int i = 0; i < draft.objectives().size(); i++) {
                PlanDraft.ObjectiveDraft o = draft.objectives().get(i);
                List<Action> actions = new ArrayList<>();
                for (int j = 0; j < o.actions().size(); j++) {
                    PlanDraft.ActionDraft a = o.actions().get(j);
                    actions.add(new Action(ids.incrementAndGet(), (i + 1) + "." + (j + 1), a.title(),
                            a.responsible(), a.schedule()));
                }
                objectives.add(new Objective(ids.incrementAndGet(), String.valueOf(i + 1), o.title(), actions));
            }
            Plan plan = new Plan(planId, regroupementId, draft.title(), draft.period(), draft.mission(),
                    PlanStatus.DRAFT, 1, Instant.now(), createdBy, objectives);
            plans.put(planId, plan);
            return plan;
        }

        Plan withStatus(Plan p, PlanStatus status) {
            Plan changed = new Plan(p.id(), p.regroupementId(), p.title(), p.period(), p.mission(), status,
                    p.revision() + 1, p.createdAt(), p.createdBy(), p.objectives());
            plans.put(p.id(), changed);
            return changed;
        }

        @Override
        public Plan markSubmitted(String regroupementId, long planId) {
            Plan p = findPlan(regroupementId, planId).orElseThrow(() -> new PlanNotFoundException(planId));
            if (p.status() != PlanStatus.DRAFT && p.status() != PlanStatus.CHANGES_REQUESTED) {
                throw new InvalidPlanStateException(planId, p.status(), "submit");
            }
            return withStatus(p, PlanStatus.SUBMITTED);
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
        public AdoptionDecision recordDecision(String regroupementId, long planId, DecisionOutcome outcome,
                                               String body, String decidedBy, String comment) {
            return recordDecisionAt(regroupementId, planId, outcome, body, decidedBy, comment, Instant.now());
        }

        AdoptionDecision recordDecisionAt(String regroupementId, long planId, DecisionOutcome outcome,
                                          String body, String decidedBy, String comment, Instant at) {
            Plan p = findPlan(regroupementId, planId).orElseThrow(() -> new PlanNotFoundException(planId));
            if (p.status() != PlanStatus.SUBMITTED) {
                throw new InvalidPlanStateException(planId, p.status(), "decide");
            }
            withStatus(p, outcome.resultingStatus());
            AdoptionDecision decision = new AdoptionDecision(ids.incrementAndGet(), planId, regroupementId,
                    outcome, body, decidedBy, at, comment);
            decisions.add(decision);
            return decision;
        }

        @Override
        public List<AdoptionDecision> decisions(String regroupementId, long planId) {
            return decisions.stream().filter(d -> d.planId() == planId && d.regroupementId().equals(regroupementId))
                    .toList();
        }

        @Override
        public List<Organization> organizations(String regroupementId) {
            return organizations.stream().filter(o -> o.regroupementId().equals(regroupementId)).toList();
        }

        @Override
        public Organization addOrganization(String regroupementId, String name, Organization.OrganizationKind kind) {
            requireNameFree(regroupementId, name, -1);
            Organization organization = new Organization(ids.incrementAndGet(), regroupementId, name.strip(), kind);
            organizations.add(organization);
            return organization;
        }

        /** As the store: one organization per name in a regroupement, letter case aside. */
        private void requireNameFree(String regroupementId, String name, long exceptId) {
            if (organizations.stream().anyMatch(o -> o.id() != exceptId
                    && o.regroupementId().equals(regroupementId) && o.name().equalsIgnoreCase(name.strip()))) {
                throw new OrganizationNameTakenException(name.strip());
            }
        }

        @Override
        public Organization updateOrganization(String regroupementId, long organizationId, String name,
                                               Organization.OrganizationKind kind) {
            Organization current = organizations.stream()
                    .filter(o -> o.id() == organizationId && o.regroupementId().equals(regroupementId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No organization " + organizationId));
            requireNameFree(regroupementId, name, organizationId);
            Organization updated = new Organization(organizationId, regroupementId, name.strip(), kind);
            organizations.set(organizations.indexOf(current), updated);
            return updated;
        }
    }

    /** The workflow: submitting marks the plan submitted and offers a board task. */
    static final class FakeWorkflow implements AdoptionWorkflow, TaskInbox {
        final FakePlanService plans;
        final List<WorkflowTask> tasks = new ArrayList<>();
        private final AtomicLong ids = new AtomicLong();

        FakeWorkflow(FakePlanService plans) {
            this.plans = plans;
        }

        @Override
        public String submitForAdoption(UserAccount facilitator, long planId) {
            if (!facilitator.hasRole(Role.FACILITATOR)) {
                throw new SecurityException("not a facilitator");
            }
            Plan plan = plans.markSubmitted(facilitator.regroupementId(), planId);
            tasks.add(new WorkflowTask("task-" + ids.incrementAndGet(), TaskKind.BOARD_DECISION,
                    "Décision du CA", planId, plan.title(), plan.regroupementId(), null, Instant.now()));
            return "process-" + planId;
        }

        @Override
        public List<WorkflowTask> tasksFor(UserAccount user) {
            return tasks.stream().filter(t -> t.regroupementId().equals(user.regroupementId())
                    && (t.kind() != TaskKind.BOARD_DECISION || user.hasRole(Role.BOARD_MEMBER))).toList();
        }

        @Override
        public void decide(UserAccount boardMember, String taskId, DecisionOutcome outcome, String comment) {
            WorkflowTask task = tasksFor(boardMember).stream().filter(t -> t.id().equals(taskId)).findFirst()
                    .orElseThrow(() -> new TaskNotFoundException(taskId));
            plans.recordDecision(boardMember.regroupementId(), task.planId(), outcome, "Conseil d'administration",
                    boardMember.username(), comment);
            tasks.remove(task);
        }

        // TaskInbox 1.1 operations, not used by the screens yet.
        @Override
        public void claim(UserAccount user, String taskId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void unclaim(UserAccount user, String taskId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delegate(UserAccount user, String taskId, String toUsername) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void complete(UserAccount user, String taskId, java.util.Map<String, Object> formData) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<WorkflowTask> tasksFor(UserAccount user, ca.concerto.workflow.api.TaskFilterCriteria criteria) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<WorkflowTask> tasksFor(UserAccount user, String filterName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ca.concerto.workflow.api.SavedTaskFilter saveFilter(UserAccount user, String name,
                                                                 ca.concerto.workflow.api.TaskFilterCriteria criteria) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ca.concerto.workflow.api.SavedTaskFilter> filters(UserAccount user) {
            return List.of();
        }

        @Override
        public boolean deleteFilter(UserAccount user, String name) {
            return false;
        }

        @Override
        public List<ca.concerto.workflow.api.TaskEvent> history(UserAccount user, String taskId) {
            throw new UnsupportedOperationException();
        }
    }

    /** Records where a view navigated and what it told the user. */
    static final class Recorder {
        final List<String> navigations = new ArrayList<>();
        final List<String> successes = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        ViewContext context(UserAccount user) {
            return new ViewContext(() -> user, navigations::add, successes::add, errors::add);
        }
    }

    private Fakes() {
    }
}
