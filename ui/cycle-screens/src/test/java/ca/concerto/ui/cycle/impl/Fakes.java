package ca.concerto.ui.cycle.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import ca.concerto.cycle.api.ActionProgress;
import ca.concerto.cycle.api.ActionStatus;
import ca.concerto.cycle.api.AnnualReport;
import ca.concerto.cycle.api.CommentKind;
import ca.concerto.cycle.api.CommentStatus;
import ca.concerto.cycle.api.ConsultationAnswer;
import ca.concerto.cycle.api.ConsultationInput;
import ca.concerto.cycle.api.CycleLaunch;
import ca.concerto.cycle.api.CycleMeeting;
import ca.concerto.cycle.api.CycleNotFoundException;
import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.InvalidCyclePhaseException;
import ca.concerto.cycle.api.ItemComment;
import ca.concerto.cycle.api.MeetingKind;
import ca.concerto.cycle.api.MeetingRecord;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.cycle.api.ProgressReport;
import ca.concerto.cycle.api.ProposedChange;
import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.LastAdministratorException;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.DecisionRecord;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.api.PlanVersion;
import ca.concerto.plan.api.Publication;
import ca.concerto.plan.model.ActionDetails;
import ca.concerto.plan.model.LevelDefinition;
import ca.concerto.plan.model.NumberingStyle;
import ca.concerto.plan.model.Period;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.Schedule;
import ca.concerto.workflow.api.PlanCycleWorkflow;
import ca.concerto.workflow.api.SavedTaskFilter;
import ca.concerto.workflow.api.TaskEvent;
import ca.concerto.workflow.api.TaskFilterCriteria;
import ca.concerto.workflow.api.TaskInbox;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.TaskNotFoundException;
import ca.concerto.workflow.api.WorkflowTask;
import ca.concerto.plan.testing.UnsupportedPlanService;
import ca.concerto.plan.testing.UnsupportedPlanDocumentService;
import ca.concerto.plan.testing.UnsupportedIdentityService;

/** In-memory stand-ins for the stores, the identity service and the workflow, enough for the views. */
final class Fakes {

    static final String REGROUPEMENT = "troc-monteregie";

    static UserAccount facilitator(String language) {
        return new UserAccount("animateur", "Marie-Josée Gagnon", REGROUPEMENT, Set.of(Role.FACILITATOR), language);
    }

    static UserAccount boardMember(String language) {
        return new UserAccount("ca1", "Jean-François Bouchard", REGROUPEMENT, Set.of(Role.BOARD_MEMBER), language);
    }

    static UserAccount boardMember2() {
        return new UserAccount("ca2", "Nathalie Tremblay", REGROUPEMENT, Set.of(Role.BOARD_MEMBER), "fr");
    }

    /** A member of the regroupement on the comité de rédaction, without a special role. */
    static UserAccount writer() {
        return new UserAccount("redactrice", "Sophie Lavoie", REGROUPEMENT, Set.of(), "fr");
    }

    /** The draft: one orientation, an objective under it and two actions. */
    static PlanDocument document(String title, String action1Title) {
        PlanItem a1 = new PlanItem("a1", 2, "1.1.1", action1Title, null,
                ActionDetails.of(List.of("Coordonnatrice"), Schedule.of("Automne 2025")), null);
        PlanItem a2 = new PlanItem("a2", 2, "1.1.2", "Souligner le 30e anniversaire", null, null, null);
        PlanItem objective = new PlanItem("o1", 1, "1.1", "Vie associative", null, null, List.of(a1, a2));
        PlanItem orientation = new PlanItem("or1", 0, "1", "Financement et reconnaissance", null, null,
                List.of(objective));
        return new PlanDocument("1.0", title, null, Period.of("2025-2026"), null, null,
                List.of(new LevelDefinition("Orientation", NumberingStyle.DECIMAL),
                        new LevelDefinition("Objectif", NumberingStyle.DECIMAL),
                        new LevelDefinition("Action", NumberingStyle.DECIMAL)),
                List.of(orientation), null, null, null, null, null, null);
    }

    /** The draft revised: a1 renamed "Tournée régionale des membres", a2 dropped, a3 added after a1. */
    static PlanDocument revisedDocument(String title) {
        PlanDocument changed = document(title, "Tournée régionale des membres");
        PlanItem orientation = changed.items().get(0);
        PlanItem objective = orientation.children().get(0);
        PlanItem a3 = new PlanItem("a3", 2, "1.1.2", "Colloque régional", null, null, null);
        objective = objective.withChildren(List.of(objective.children().get(0), a3));
        return changed.withItems(List.of(orientation.withChildren(List.of(objective))));
    }

    static final class FakePlanService extends UnsupportedPlanService {
        final Map<Long, Plan> plans = new TreeMap<>();
        final List<AdoptionDecision> decisions = new ArrayList<>();
        final List<Organization> organizations = new ArrayList<>();
        final AtomicLong ids = new AtomicLong(100);

        Plan add(String regroupementId, String title, String period) {
            Plan plan = new Plan(ids.incrementAndGet(), regroupementId, title, period, null, PlanStatus.DRAFT, 1,
                    Instant.now(), "animateur", List.of());
            plans.put(plan.id(), plan);
            return plan;
        }

        Organization organization(String name, Organization.OrganizationKind kind) {
            Organization organization = new Organization(ids.incrementAndGet(), REGROUPEMENT, name, kind);
            organizations.add(organization);
            return organization;
        }

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
            return add(regroupementId, draft.title(), draft.period());
        }

        @Override
        public List<Publication> publications(String regroupementId, long planId) {
            return List.of();
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
            return organization(name, kind);
        }
    }

    static final class FakeDocuments extends UnsupportedPlanDocumentService {
        final Map<Long, PlanDocument> working = new HashMap<>();
        final Map<Long, List<PlanDocument>> versionDocuments = new HashMap<>();
        final Map<Long, List<PlanVersion>> versions = new HashMap<>();

        /** Records a document as the plan's next version (and its working document). */
        PlanVersion version(long planId, PlanDocument document, String fingerprint) {
            working.put(planId, document);
            List<PlanVersion> list = versions.computeIfAbsent(planId, k -> new ArrayList<>());
            PlanVersion version = new PlanVersion(planId, list.size() + 1, fingerprint,
                    Instant.parse("2025-09-10T16:00:00Z"), "animateur", null);
            list.add(version);
            versionDocuments.computeIfAbsent(planId, k -> new ArrayList<>()).add(document);
            return version;
        }

        @Override
        public Optional<PlanDocument> document(String regroupementId, long planId) {
            return Optional.ofNullable(working.get(planId));
        }

        @Override
        public Map<String, Long> itemRevisions(String regroupementId, long planId) {
            return Map.of();
        }

        @Override
        public List<PlanVersion> versions(String regroupementId, long planId) {
            return versions.getOrDefault(planId, List.of());
        }

        @Override
        public Optional<PlanDocument> versionDocument(String regroupementId, long planId, int number) {
            List<PlanDocument> list = versionDocuments.getOrDefault(planId, List.of());
            return number < 1 || number > list.size() ? Optional.empty() : Optional.of(list.get(number - 1));
        }
    }

    static final class FakeIdentity extends UnsupportedIdentityService {
        final List<UserAccount> users = new ArrayList<>();

        @Override
        public Optional<UserAccount> authenticate(String username, char[] password) {
            return Optional.empty();
        }

        @Override
        public Optional<UserAccount> findUser(String username) {
            return users.stream().filter(u -> u.username().equals(username)).findFirst();
        }

        @Override
        public List<String> regroupements() {
            return users.stream().map(UserAccount::regroupementId).distinct().sorted().toList();
        }

        @Override
        public List<UserAccount> usersOf(String regroupementId) {
            return users.stream().filter(u -> u.regroupementId().equals(regroupementId)).toList();
        }

        @Override
        public UserAccount changeRoles(String regroupementId, String username, Set<Role> roles) {
            UserAccount user = findUser(username).filter(u -> u.regroupementId().equals(regroupementId))
                    .orElseThrow(() -> new IllegalArgumentException("No user " + username + " in this regroupement"));
            if (roles == null) {
                throw new IllegalArgumentException("roles are required");
            }
            if (user.hasRole(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)
                    && usersOf(regroupementId).stream().filter(u -> u.hasRole(Role.ADMINISTRATOR)).count() <= 1) {
                throw new LastAdministratorException(regroupementId, username);
            }
            UserAccount changed = new UserAccount(username, user.displayName(), regroupementId, roles,
                    user.language());
            users.set(users.indexOf(user), changed);
            return changed;
        }

        @Override
        public boolean hasAdministrator() {
            return false;
        }
    }

    /** The cycle store, with the phase rules the views rely on. */
    static final class FakeCycleService implements PlanCycleService {
        final Map<Long, PlanCycle> cycles = new TreeMap<>();
        final Map<Long, Map<Long, Instant>> invited = new HashMap<>();
        final List<ConsultationInput> inputs = new ArrayList<>();
        final List<CycleMeeting> meetings = new ArrayList<>();
        final List<ItemComment> comments = new ArrayList<>();
        final List<ActionStatus> statuses = new ArrayList<>();
        final FakePlanService plans;
        final FakeDocuments documents;
        final AtomicLong ids = new AtomicLong(1000);

        FakeCycleService(FakePlanService plans, FakeDocuments documents) {
            this.plans = plans;
            this.documents = documents;
        }

        PlanCycle cycleIn(CyclePhase phase, long planId) {
            PlanCycle cycle = new PlanCycle(ids.incrementAndGet(), REGROUPEMENT, planId, "2025-2026", phase, "CA", null,
                    Set.of(), LocalDate.of(2025, 10, 31), List.of(), null, "process-1", "animateur",
                    Instant.now(), 1);
            cycles.put(cycle.id(), cycle);
            return cycle;
        }

        PlanCycle with(PlanCycle c, CyclePhase phase, List<String> committee, LocalDate commentDeadline) {
            PlanCycle changed = new PlanCycle(c.id(), c.regroupementId(), c.planId(), c.period(), phase,
                    c.adoptingBody(), c.previousPlanId(), c.carriedOverItemKeys(), c.consultationDeadline(), committee,
                    commentDeadline, c.processInstanceId(), c.launchedBy(), c.launchedAt(), c.revision() + 1);
            cycles.put(c.id(), changed);
            return changed;
        }

        private PlanCycle get(String regroupementId, long cycleId) {
            return cycle(regroupementId, cycleId).orElseThrow(() -> new CycleNotFoundException(cycleId));
        }

        private void requirePhase(PlanCycle cycle, String step, CyclePhase... phases) {
            if (!List.of(phases).contains(cycle.phase())) {
                throw new InvalidCyclePhaseException(cycle.id(), cycle.phase(), step);
            }
        }

        @Override
        public PlanCycle launch(String regroupementId, CycleLaunch launch, String launchedBy) {
            Plan plan = plans.add(regroupementId, launch.title(), launch.period());
            PlanCycle cycle = new PlanCycle(ids.incrementAndGet(), regroupementId, plan.id(), launch.period(),
                    CyclePhase.CONSULTATION, launch.adoptingBody(), launch.previousPlanId(), Set.of(),
                    launch.consultationDeadline(), List.of(), null, null, launchedBy, Instant.now(), 1);
            cycles.put(cycle.id(), cycle);
            return cycle;
        }

        @Override
        public Optional<PlanCycle> cycle(String regroupementId, long cycleId) {
            return Optional.ofNullable(cycles.get(cycleId)).filter(c -> c.regroupementId().equals(regroupementId));
        }

        @Override
        public Optional<PlanCycle> cycleOfPlan(String regroupementId, long planId) {
            return cycles.values().stream().filter(c -> c.regroupementId().equals(regroupementId)
                    && c.planId() == planId).reduce((a, b) -> b);
        }

        @Override
        public List<PlanCycle> cycles(String regroupementId) {
            return cycles.values().stream().filter(c -> c.regroupementId().equals(regroupementId))
                    .sorted(Comparator.comparingLong(PlanCycle::id).reversed()).toList();
        }

        @Override
        public PlanCycle enterPhase(String regroupementId, long cycleId, CyclePhase phase) {
            PlanCycle c = get(regroupementId, cycleId);
            return with(c, phase, c.draftingCommittee(), c.commentDeadline());
        }

        @Override
        public PlanCycle attachProcess(String regroupementId, long cycleId, String processInstanceId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ConsultationAnswer> invite(String regroupementId, long cycleId, List<Long> organizationIds,
                                               String invitedBy) {
            requirePhase(get(regroupementId, cycleId), "invite", CyclePhase.CONSULTATION);
            Map<Long, Instant> map = invited.computeIfAbsent(cycleId, k -> new LinkedHashMap<>());
            organizationIds.forEach(id -> map.putIfAbsent(id, Instant.now()));
            return consultation(regroupementId, cycleId);
        }

        @Override
        public ConsultationInput submitInput(String regroupementId, long cycleId, long organizationId, String text,
                                             String submittedBy) {
            requirePhase(get(regroupementId, cycleId), "submitInput", CyclePhase.CONSULTATION);
            if (!invited.getOrDefault(cycleId, Map.of()).containsKey(organizationId) || text.isBlank()) {
                throw new IllegalArgumentException("not invited");
            }
            ConsultationInput input = new ConsultationInput(ids.incrementAndGet(), cycleId, organizationId, text,
                    submittedBy, Instant.parse("2025-10-02T14:00:00Z"));
            inputs.add(input);
            return input;
        }

        @Override
        public List<ConsultationAnswer> consultation(String regroupementId, long cycleId) {
            get(regroupementId, cycleId);
            List<ConsultationAnswer> answers = new ArrayList<>();
            invited.getOrDefault(cycleId, Map.of()).forEach((orgId, at) -> answers.add(new ConsultationAnswer(
                    plans.organizations.stream().filter(o -> o.id() == orgId).findFirst().orElseThrow(), at,
                    inputs.stream().filter(i -> i.cycleId() == cycleId && i.organizationId() == orgId).toList())));
            return answers;
        }

        @Override
        public CycleMeeting recordMeeting(String regroupementId, long cycleId, MeetingKind kind, MeetingRecord record,
                                          String recordedBy) {
            get(regroupementId, cycleId);
            int number = (int) meetings.stream().filter(m -> m.cycleId() == cycleId && m.kind() == kind).count() + 1;
            CycleMeeting meeting = new CycleMeeting(ids.incrementAndGet(), cycleId, kind, number, record.date(),
                    record.goals(), record.attendees(), record.minutes(), record.decisions(), recordedBy,
                    Instant.now());
            meetings.add(meeting);
            return meeting;
        }

        @Override
        public List<CycleMeeting> meetings(String regroupementId, long cycleId) {
            get(regroupementId, cycleId);
            return meetings.stream().filter(m -> m.cycleId() == cycleId).toList();
        }

        @Override
        public PlanCycle nameDraftingCommittee(String regroupementId, long cycleId, List<String> members,
                                               LocalDate commentDeadline) {
            PlanCycle c = get(regroupementId, cycleId);
            return with(c, c.phase(), members, commentDeadline);
        }

        @Override
        public ItemComment comment(String regroupementId, long cycleId, String itemKey, CommentKind kind, String text,
                                   ProposedChange proposal, String author) {
            PlanCycle c = get(regroupementId, cycleId);
            requirePhase(c, "comment", CyclePhase.COMMENTS);
            if (kind == CommentKind.PROPOSED_CHANGE && proposal == null) {
                throw new IllegalArgumentException("proposal required");
            }
            ItemComment comment = new ItemComment(ids.incrementAndGet(), cycleId, itemKey, 1, kind, text, proposal,
                    author, Instant.parse("2025-11-03T15:00:00Z"), CommentStatus.OPEN, null, null, null);
            comments.add(comment);
            return comment;
        }

        @Override
        public List<ItemComment> comments(String regroupementId, long cycleId) {
            get(regroupementId, cycleId);
            return comments.stream().filter(c -> c.cycleId() == cycleId).toList();
        }

        @Override
        public ItemComment review(String regroupementId, long commentId, boolean accept, String reason,
                                  String reviewer) {
            ItemComment c = comments.stream().filter(x -> x.id() == commentId).findFirst().orElseThrow();
            PlanCycle cycle = get(regroupementId, c.cycleId());
            if (!cycle.draftingCommittee().contains(reviewer)) {
                throw new SecurityException("not on the committee");
            }
            if (c.status() != CommentStatus.OPEN || reason.isBlank()) {
                throw new IllegalArgumentException("already answered");
            }
            ItemComment answered = new ItemComment(c.id(), c.cycleId(), c.itemKey(), c.draftVersion(), c.kind(),
                    c.text(), c.proposal(), c.author(), c.createdAt(),
                    accept ? CommentStatus.ACCEPTED : CommentStatus.REJECTED, reason, reviewer, Instant.now());
            comments.set(comments.indexOf(c), answered);
            return answered;
        }

        @Override
        public ActionStatus reportProgress(String regroupementId, long cycleId, long meetingId, String itemKey,
                                           ActionProgress progress, String comment, String reportedBy) {
            requirePhase(get(regroupementId, cycleId), "reportProgress", CyclePhase.FOLLOW_UP);
            ActionStatus status = new ActionStatus(ids.incrementAndGet(), cycleId, meetingId, itemKey, progress,
                    comment, reportedBy, Instant.now());
            statuses.add(status);
            return status;
        }

        @Override
        public List<ActionStatus> reportProgress(String regroupementId, long cycleId, long meetingId,
                                                 List<ProgressReport> reports, String reportedBy) {
            return reports.stream().map(report -> reportProgress(regroupementId, cycleId, meetingId, report.itemKey(),
                    report.progress(), report.comment(), reportedBy)).toList();
        }

        @Override
        public List<ActionStatus> progress(String regroupementId, long cycleId) {
            get(regroupementId, cycleId);
            return statuses.stream().filter(s -> s.cycleId() == cycleId).toList();
        }

        @Override
        public AnnualReport annualReport(String regroupementId, long cycleId) {
            PlanCycle cycle = get(regroupementId, cycleId);
            List<PlanItem> actions = documents.document(regroupementId, cycle.planId()).map(PlanDocument::allItems)
                    .orElse(List.of()).stream().filter(i -> i.level() == 2).toList();
            Map<ActionProgress, Integer> counts = new LinkedHashMap<>();
            for (ActionProgress p : ActionProgress.values()) {
                counts.put(p, 0);
            }
            List<AnnualReport.Line> lines = new ArrayList<>();
            int unreported = 0;
            for (PlanItem action : actions) {
                ActionStatus latest = statuses.stream().filter(s -> s.cycleId() == cycleId
                        && s.itemKey().equals(action.key())).reduce((a, b) -> b).orElse(null);
                if (latest == null) {
                    unreported++;
                } else {
                    counts.merge(latest.progress(), 1, Integer::sum);
                }
                LocalDate on = latest == null ? null : meetings.stream().filter(m -> m.id() == latest.meetingId())
                        .findFirst().map(CycleMeeting::date).orElse(null);
                lines.add(new AnnualReport.Line(action.key(), action.number(), action.title(),
                        latest == null ? null : latest.progress(), latest == null ? null : latest.comment(), on,
                        cycle.carriedOver(action.key())));
            }
            int followUps = (int) meetings.stream().filter(m -> m.cycleId() == cycleId
                    && m.kind() == MeetingKind.FOLLOW_UP).count();
            return new AnnualReport(cycleId, cycle.planId(), cycle.period(), lines, counts, unreported, followUps);
        }
    }

    /** The workflow: launches through the cycle store, keeps tasks and what completed them. */
    static final class FakeWorkflow implements PlanCycleWorkflow, TaskInbox {
        final FakeCycleService cycles;
        final List<WorkflowTask> tasks = new ArrayList<>();
        final Map<String, Map<String, Object>> completed = new LinkedHashMap<>();
        final List<CycleLaunch> launches = new ArrayList<>();
        /** Thrown by the next complete, instead of completing. */
        RuntimeException failNext;
        private final AtomicLong ids = new AtomicLong();

        FakeWorkflow(FakeCycleService cycles) {
            this.cycles = cycles;
        }

        WorkflowTask task(TaskKind kind, long planId) {
            WorkflowTask task = new WorkflowTask("task-" + ids.incrementAndGet(), kind, kind.taskDefinitionKey(),
                    planId, "Plan", REGROUPEMENT, null, Instant.now());
            tasks.add(task);
            return task;
        }

        @Override
        public PlanCycle launch(UserAccount facilitator, CycleLaunch launch) {
            if (!facilitator.hasRole(Role.FACILITATOR)) {
                throw new SecurityException("not a facilitator");
            }
            launches.add(launch);
            return cycles.launch(facilitator.regroupementId(), launch, facilitator.username());
        }

        @Override
        public List<WorkflowTask> tasksFor(UserAccount user) {
            return tasks.stream().filter(t -> t.regroupementId().equals(user.regroupementId())
                    && (t.kind() != TaskKind.BOARD_DECISION || user.hasRole(Role.BOARD_MEMBER))).toList();
        }

        @Override
        public void complete(UserAccount user, String taskId, Map<String, Object> formData) {
            WorkflowTask task = tasksFor(user).stream().filter(t -> t.id().equals(taskId)).findFirst()
                    .orElseThrow(() -> new TaskNotFoundException(taskId));
            if (failNext != null) {
                RuntimeException failure = failNext;
                failNext = null;
                throw failure;
            }
            completed.put(taskId, new LinkedHashMap<>(formData));
            tasks.remove(task);
        }

        @Override
        public void decide(UserAccount boardMember, String taskId, DecisionOutcome outcome, String comment) {
            throw new UnsupportedOperationException();
        }

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
        public List<WorkflowTask> tasksFor(UserAccount user, TaskFilterCriteria criteria) {
            if (criteria.kind() != null || criteria.assignment() != TaskFilterCriteria.Assignment.ANY
                    || criteria.createdAfter() != null || criteria.createdBefore() != null) {
                throw new UnsupportedOperationException("only the plan narrows here: " + criteria);
            }
            return tasksFor(user).stream()
                    .filter(t -> criteria.planId() == null || t.planId() == criteria.planId()).toList();
        }

        @Override
        public List<WorkflowTask> tasksFor(UserAccount user, String filterName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SavedTaskFilter saveFilter(UserAccount user, String name, TaskFilterCriteria criteria) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SavedTaskFilter> filters(UserAccount user) {
            return List.of();
        }

        @Override
        public boolean deleteFilter(UserAccount user, String name) {
            return false;
        }

        @Override
        public List<TaskEvent> history(UserAccount user, String taskId) {
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
