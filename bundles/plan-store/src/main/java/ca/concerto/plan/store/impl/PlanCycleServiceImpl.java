package ca.concerto.plan.store.impl;

import static ca.concerto.plan.store.impl.PlanServiceImpl.now;
import static ca.concerto.plan.store.impl.PlanServiceImpl.tenant;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ca.concerto.cycle.api.ActionProgress;
import ca.concerto.cycle.api.ActionStatus;
import ca.concerto.cycle.api.AnnualReport;
import ca.concerto.cycle.api.Attendee;
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
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.model.LevelDefinition;
import ca.concerto.plan.model.NumberingStyle;
import ca.concerto.plan.model.Period;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Plan cycles on JPA, in the plan store's persistence unit: a cycle's plan, versions and decisions
 * are the plan store's own, so launching a cycle or accepting a proposed change is one transaction
 * with the plan it changes.
 */
@Component(service = PlanCycleService.class)
public class PlanCycleServiceImpl implements PlanCycleService {

    static final String LAUNCH_NOTE = "Lancement du cycle";
    /** The levels of a plan from the template when the regroupement has no plan yet. */
    static final List<LevelDefinition> DEFAULT_LEVELS = List.of(
            new LevelDefinition("Orientation", NumberingStyle.DECIMAL),
            new LevelDefinition("Objectif", NumberingStyle.DECIMAL),
            new LevelDefinition("Action", NumberingStyle.DECIMAL));
    static final int MAX_TEXT = 20_000;

    private static final Set<CyclePhase> WRITING = EnumSet.of(CyclePhase.CONSULTATION, CyclePhase.MEETINGS,
            CyclePhase.DRAFTING, CyclePhase.COMMENTS, CyclePhase.REVIEW);

    private final StoreContext store;
    private final DocumentRows rows;

    @Activate
    public PlanCycleServiceImpl(@Reference StoreContext store, @Reference PlanInterchange interchange) {
        this.store = store;
        this.rows = new DocumentRows(interchange);
    }

    @Override
    public PlanCycle launch(String regroupementId, CycleLaunch launch, String launchedBy) {
        String r = tenant(regroupementId);
        Objects.requireNonNull(launch, "launch");
        String by = required(launchedBy, "launchedBy");
        return store.inTransaction(em -> {
            OffsetDateTime at = now();
            PlanDocument document;
            List<String> carried = List.of();
            if (launch.previousPlanId() != null) {
                PlanEntity previous = DocumentRows.plan(em, r, launch.previousPlanId())
                        .orElseThrow(() -> new IllegalArgumentException(
                                "No plan " + launch.previousPlanId() + " in this regroupement to carry over"));
                Map<String, ActionProgress> progress = latestCycle(em, r, previous.id())
                        .map(c -> latestProgress(em, c.id()))
                        .orElse(Map.of());
                CarryOver.Result result = CarryOver.of(rows.load(em, previous).document(), progress,
                        launch.title(), launch.period());
                document = result.document();
                carried = result.carriedOverKeys();
            } else {
                document = new PlanDocument(PlanDocument.FORMAT_VERSION, launch.title(), null,
                        Period.of(launch.period()), List.of(), null, templateLevels(em, r), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of());
            }
            PlanEntity plan = rows.insertPlan(em, r, document, by, at);
            rows.recordVersion(em, plan, by, LAUNCH_NOTE, at);
            PlanCycleEntity cycle = new PlanCycleEntity(r, plan.id(), launch.period(), launch.adoptingBody().strip(),
                    launch.previousPlanId(), carried, launch.consultationDeadline(), by, at);
            em.persist(cycle);
            em.flush();
            return cycle.toApi();
        });
    }

    /** The levels of the regroupement's latest plan: its template, as the regroupement writes plans. */
    private List<LevelDefinition> templateLevels(EntityManager em, String r) {
        return em.createQuery("SELECT p FROM PlanEntity p WHERE p.regroupementId = :r ORDER BY p.createdAt DESC, p.id DESC",
                        PlanEntity.class)
                .setParameter("r", r)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(p -> rows.readDocument(p.documentHeader(), "plan " + p.id()).levels())
                .orElse(DEFAULT_LEVELS);
    }

    @Override
    public Optional<PlanCycle> cycle(String regroupementId, long cycleId) {
        String r = tenant(regroupementId);
        return store.read(em -> find(em, r, cycleId).map(PlanCycleEntity::toApi));
    }

    @Override
    public Optional<PlanCycle> cycleOfPlan(String regroupementId, long planId) {
        String r = tenant(regroupementId);
        return store.read(em -> latestCycle(em, r, planId).map(PlanCycleEntity::toApi));
    }

    @Override
    public List<PlanCycle> cycles(String regroupementId) {
        String r = tenant(regroupementId);
        return store.read(em -> em.createQuery("SELECT c FROM PlanCycleEntity c WHERE c.regroupementId = :r"
                        + " ORDER BY c.launchedAt DESC, c.id DESC", PlanCycleEntity.class)
                .setParameter("r", r)
                .getResultStream()
                .map(PlanCycleEntity::toApi)
                .toList());
    }

    @Override
    public PlanCycle enterPhase(String regroupementId, long cycleId, CyclePhase phase) {
        String r = tenant(regroupementId);
        Objects.requireNonNull(phase, "phase");
        return store.inTransaction(em -> {
            PlanCycleEntity cycle = lock(em, r, cycleId);
            cycle.phase(phase);
            em.flush();
            return cycle.toApi();
        });
    }

    @Override
    public PlanCycle attachProcess(String regroupementId, long cycleId, String processInstanceId) {
        String r = tenant(regroupementId);
        String id = required(processInstanceId, "processInstanceId");
        return store.inTransaction(em -> {
            PlanCycleEntity cycle = lock(em, r, cycleId);
            cycle.processInstanceId(id);
            em.flush();
            return cycle.toApi();
        });
    }

    // ---- consultation ------------------------------------------------------------------------

    @Override
    public List<ConsultationAnswer> invite(String regroupementId, long cycleId, List<Long> organizationIds,
                                           String invitedBy) {
        String r = tenant(regroupementId);
        String by = required(invitedBy, "invitedBy");
        Objects.requireNonNull(organizationIds, "organizationIds");
        store.inTransaction(em -> {
            PlanCycleEntity cycle = lock(em, r, cycleId);
            requirePhase(cycle, "invite", CyclePhase.CONSULTATION);
            Set<Long> invited = invitations(em, cycleId).stream()
                    .map(CycleInvitationEntity::organizationId).collect(Collectors.toSet());
            OffsetDateTime at = now();
            for (Long org : organizationIds) {
                requireOrganization(em, r, org);
                if (invited.add(org)) {
                    em.persist(new CycleInvitationEntity(r, cycleId, org, by, at));
                }
            }
            return null;
        });
        return consultation(r, cycleId);
    }

    @Override
    public ConsultationInput submitInput(String regroupementId, long cycleId, long organizationId, String text,
                                         String submittedBy) {
        String r = tenant(regroupementId);
        String by = required(submittedBy, "submittedBy");
        String input = text(text, "text");
        return store.inTransaction(em -> {
            PlanCycleEntity cycle = find(em, r, cycleId).orElseThrow(() -> new CycleNotFoundException(cycleId));
            requirePhase(cycle, "submitInput", CyclePhase.CONSULTATION);
            boolean invited = invitations(em, cycleId).stream().anyMatch(i -> i.organizationId() == organizationId);
            if (!invited) {
                throw new IllegalArgumentException("Organization " + organizationId + " was not invited to the consultation");
            }
            ConsultationInputEntity entity = new ConsultationInputEntity(r, cycleId, organizationId, input, by, now());
            em.persist(entity);
            em.flush();
            return entity.toApi();
        });
    }

    @Override
    public List<ConsultationAnswer> consultation(String regroupementId, long cycleId) {
        String r = tenant(regroupementId);
        return store.read(em -> {
            find(em, r, cycleId).orElseThrow(() -> new CycleNotFoundException(cycleId));
            Map<Long, OrganizationEntity> orgs = em.createQuery(
                            "SELECT o FROM OrganizationEntity o WHERE o.regroupementId = :r", OrganizationEntity.class)
                    .setParameter("r", r)
                    .getResultStream()
                    .collect(Collectors.toMap(o -> o.toApi().id(), Function.identity()));
            Map<Long, List<ConsultationInput>> inputs = em.createQuery("SELECT i FROM ConsultationInputEntity i"
                            + " WHERE i.cycleId = :c ORDER BY i.submittedAt, i.id", ConsultationInputEntity.class)
                    .setParameter("c", cycleId)
                    .getResultStream()
                    .map(ConsultationInputEntity::toApi)
                    .collect(Collectors.groupingBy(ConsultationInput::organizationId));
            return invitations(em, cycleId).stream()
                    .map(i -> new ConsultationAnswer(orgs.get(i.organizationId()).toApi(), i.invitedAt().toInstant(),
                            inputs.getOrDefault(i.organizationId(), List.of())))
                    .sorted((a, b) -> a.organization().name().compareToIgnoreCase(b.organization().name()))
                    .toList();
        });
    }

    private static List<CycleInvitationEntity> invitations(EntityManager em, long cycleId) {
        return em.createQuery("SELECT i FROM CycleInvitationEntity i WHERE i.cycleId = :c ORDER BY i.id",
                        CycleInvitationEntity.class)
                .setParameter("c", cycleId)
                .getResultList();
    }

    // ---- meetings ----------------------------------------------------------------------------

    @Override
    public CycleMeeting recordMeeting(String regroupementId, long cycleId, MeetingKind kind, MeetingRecord record,
                                      String recordedBy) {
        String r = tenant(regroupementId);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(record, "record");
        String by = required(recordedBy, "recordedBy");
        return store.inTransaction(em -> {
            // the cycle row is locked so that two meetings recorded at once get different numbers
            PlanCycleEntity cycle = lock(em, r, cycleId);
            if (kind == MeetingKind.RENCONTRE) {
                requirePhase(cycle, "recordMeeting", WRITING.toArray(CyclePhase[]::new));
            } else {
                requirePhase(cycle, "recordFollowUpMeeting", CyclePhase.FOLLOW_UP);
            }
            for (Attendee a : record.attendees()) {
                if (a.organizationId() != null) {
                    requireOrganization(em, r, a.organizationId());
                }
            }
            Integer last = em.createQuery("SELECT MAX(m.number) FROM CycleMeetingEntity m"
                            + " WHERE m.cycleId = :c AND m.kind = :k", Integer.class)
                    .setParameter("c", cycleId)
                    .setParameter("k", kind)
                    .getSingleResult();
            CycleMeetingEntity meeting = new CycleMeetingEntity(r, cycleId, kind, last == null ? 1 : last + 1, record,
                    by, now());
            em.persist(meeting);
            em.flush();
            return meeting.toApi();
        });
    }

    @Override
    public List<CycleMeeting> meetings(String regroupementId, long cycleId) {
        String r = tenant(regroupementId);
        return store.read(em -> {
            find(em, r, cycleId).orElseThrow(() -> new CycleNotFoundException(cycleId));
            return em.createQuery("SELECT m FROM CycleMeetingEntity m WHERE m.cycleId = :c ORDER BY m.kind DESC,"
                            + " m.number", CycleMeetingEntity.class)
                    .setParameter("c", cycleId)
                    .getResultStream()
                    .map(CycleMeetingEntity::toApi)
                    .toList();
        });
    }

    // ---- drafting committee and comments ---------------------------------------------------------

    @Override
    public PlanCycle nameDraftingCommittee(String regroupementId, long cycleId, List<String> members,
                                           LocalDate commentDeadline) {
        String r = tenant(regroupementId);
        Objects.requireNonNull(members, "members");
        if (commentDeadline == null) {
            throw new IllegalArgumentException("commentDeadline is required");
        }
        List<String> names = members.stream().filter(m -> m != null && !m.isBlank()).map(String::strip)
                .distinct().toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("The comité de rédaction needs at least one member");
        }
        return store.inTransaction(em -> {
            PlanCycleEntity cycle = lock(em, r, cycleId);
            requirePhase(cycle, "nameDraftingCommittee", CyclePhase.CONSULTATION, CyclePhase.MEETINGS,
                    CyclePhase.DRAFTING);
            for (String name : names) {
                long found = em.createQuery("SELECT COUNT(u) FROM UserAccountEntity u"
                                + " WHERE u.regroupementId = :r AND u.username = :n", Long.class)
                        .setParameter("r", r)
                        .setParameter("n", name)
                        .getSingleResult();
                if (found == 0) {
                    throw new IllegalArgumentException("No user " + name + " in this regroupement");
                }
            }
            cycle.draftingCommittee(names, commentDeadline);
            em.flush();
            return cycle.toApi();
        });
    }

    @Override
    public ItemComment comment(String regroupementId, long cycleId, String itemKey, CommentKind kind, String text,
                               ProposedChange proposal, String author) {
        String r = tenant(regroupementId);
        Objects.requireNonNull(kind, "kind");
        String by = required(author, "author");
        String body = text(text, "text");
        if (kind == CommentKind.PROPOSED_CHANGE && proposal == null) {
            throw new IllegalArgumentException("A proposed change needs the proposed text");
        }
        if (kind == CommentKind.COMMENT && proposal != null) {
            throw new IllegalArgumentException("A comment carries no proposed text; propose a change instead");
        }
        return store.inTransaction(em -> {
            PlanCycleEntity cycle = find(em, r, cycleId).orElseThrow(() -> new CycleNotFoundException(cycleId));
            requirePhase(cycle, "comment", CyclePhase.COMMENTS);
            PlanEntity plan = DocumentRows.plan(em, r, cycle.planId()).orElseThrow();
            requireItem(rows.load(em, plan).document(), itemKey);
            int version = DocumentRows.latestVersion(em, plan.id()).map(PlanVersionEntity::number).orElse(0);
            ItemCommentEntity entity = new ItemCommentEntity(r, cycleId, itemKey, version, kind, body, proposal, by,
                    now());
            em.persist(entity);
            em.flush();
            return entity.toApi();
        });
    }

    @Override
    public List<ItemComment> comments(String regroupementId, long cycleId) {
        String r = tenant(regroupementId);
        return store.read(em -> {
            find(em, r, cycleId).orElseThrow(() -> new CycleNotFoundException(cycleId));
            return em.createQuery("SELECT c FROM ItemCommentEntity c WHERE c.cycleId = :c ORDER BY c.createdAt, c.id",
                            ItemCommentEntity.class)
                    .setParameter("c", cycleId)
                    .getResultStream()
                    .map(ItemCommentEntity::toApi)
                    .toList();
        });
    }

    @Override
    public ItemComment review(String regroupementId, long commentId, boolean accept, String reason, String reviewer) {
        String r = tenant(regroupementId);
        String by = required(reviewer, "reviewer");
        String why = text(reason, "reason");
        return store.inTransaction(em -> {
            ItemCommentEntity comment = em.createQuery("SELECT c FROM ItemCommentEntity c"
                            + " WHERE c.regroupementId = :r AND c.id = :id", ItemCommentEntity.class)
                    .setParameter("r", r)
                    .setParameter("id", commentId)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No comment " + commentId + " in this regroupement"));
            PlanCycleEntity cycle = lock(em, r, comment.cycleId());
            requirePhase(cycle, "review", CyclePhase.COMMENTS, CyclePhase.REVIEW);
            if (!cycle.draftingCommittee().contains(by)) {
                throw new SecurityException(by + " is not on the comité de rédaction of cycle " + cycle.id());
            }
            if (comment.status() != CommentStatus.OPEN) {
                throw new IllegalArgumentException("Comment " + commentId + " was already answered: " + comment.status());
            }
            OffsetDateTime at = now();
            if (accept && comment.kind() == CommentKind.PROPOSED_CHANGE) {
                PlanEntity plan = DocumentRows.plan(em, r, cycle.planId()).orElseThrow();
                PlanItem item = requireItem(rows.load(em, plan).document(), comment.itemKey());
                ProposedChange proposal = comment.proposal();
                PlanItem changed = new PlanItem(item.key(), item.level(), item.number(), proposal.title(),
                        proposal.description() != null ? proposal.description() : item.description(), item.action(),
                        item.children());
                long revision = rows.revisions(em, plan.id()).get(item.key());
                rows.updateItem(em, r, plan.id(), item.key(), revision, changed, List.of(), by, at);
            }
            comment.answer(accept, why, by, at);
            em.flush();
            return comment.toApi();
        });
    }

    // ---- follow-up ---------------------------------------------------------------------------

    @Override
    public ActionStatus reportProgress(String regroupementId, long cycleId, long meetingId, String itemKey,
                                       ActionProgress progress, String comment, String reportedBy) {
        Objects.requireNonNull(progress, "progress");
        return reportProgress(regroupementId, cycleId, meetingId,
                List.of(new ProgressReport(required(itemKey, "itemKey"), progress, comment)), reportedBy).getFirst();
    }

    @Override
    public List<ActionStatus> reportProgress(String regroupementId, long cycleId, long meetingId,
                                             List<ProgressReport> reports, String reportedBy) {
        String r = tenant(regroupementId);
        String by = required(reportedBy, "reportedBy");
        if (reports == null || reports.isEmpty()) {
            throw new IllegalArgumentException("No status to record");
        }
        Set<String> keys = new HashSet<>();
        List<String> notes = new ArrayList<>();
        for (ProgressReport report : reports) {
            if (!keys.add(report.itemKey())) {
                throw new IllegalArgumentException("Item " + report.itemKey() + " is reported twice");
            }
            String comment = report.comment();
            notes.add(comment == null || comment.isBlank() ? null : limit(comment.strip(), 4_000, "comment"));
        }
        return store.inTransaction(em -> {
            PlanCycleEntity cycle = find(em, r, cycleId).orElseThrow(() -> new CycleNotFoundException(cycleId));
            requirePhase(cycle, "reportProgress", CyclePhase.FOLLOW_UP);
            CycleMeetingEntity meeting = em.find(CycleMeetingEntity.class, meetingId);
            if (meeting == null || meeting.cycleId() != cycleId || meeting.kind() != MeetingKind.FOLLOW_UP) {
                throw new IllegalArgumentException("No follow-up meeting " + meetingId + " in cycle " + cycleId);
            }
            PlanEntity plan = DocumentRows.plan(em, r, cycle.planId()).orElseThrow();
            PlanDocument document = rows.load(em, plan).document();
            boolean details = CarryOver.hasActionDetails(document);
            OffsetDateTime at = now();
            List<ActionStatusEntity> recorded = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                ProgressReport report = reports.get(i);
                PlanItem item = requireItem(document, report.itemKey());
                if (!CarryOver.isAction(item, details)) {
                    throw new IllegalArgumentException("Item " + report.itemKey() + " is not an action");
                }
                ActionStatusEntity status = new ActionStatusEntity(r, cycleId, meetingId, report.itemKey(),
                        report.progress(), notes.get(i), by, at);
                em.persist(status);
                recorded.add(status);
            }
            em.flush();
            return recorded.stream().map(ActionStatusEntity::toApi).toList();
        });
    }

    @Override
    public List<ActionStatus> progress(String regroupementId, long cycleId) {
        String r = tenant(regroupementId);
        return store.read(em -> {
            find(em, r, cycleId).orElseThrow(() -> new CycleNotFoundException(cycleId));
            return statuses(em, cycleId).stream().map(ActionStatusEntity::toApi).toList();
        });
    }

    @Override
    public AnnualReport annualReport(String regroupementId, long cycleId) {
        String r = tenant(regroupementId);
        return store.read(em -> {
            PlanCycleEntity cycle = find(em, r, cycleId).orElseThrow(() -> new CycleNotFoundException(cycleId));
            PlanCycle api = cycle.toApi();
            PlanEntity plan = DocumentRows.plan(em, r, cycle.planId()).orElseThrow();
            PlanDocument document = rows.load(em, plan).document();
            boolean details = CarryOver.hasActionDetails(document);
            Map<Long, LocalDate> meetingDates = new HashMap<>();
            em.createQuery("SELECT m FROM CycleMeetingEntity m WHERE m.cycleId = :c AND m.kind = :k",
                            CycleMeetingEntity.class)
                    .setParameter("c", cycleId)
                    .setParameter("k", MeetingKind.FOLLOW_UP)
                    .getResultStream()
                    .forEach(m -> meetingDates.put(m.id(), m.heldOn()));
            Map<String, ActionStatus> latest = new LinkedHashMap<>();
            for (ActionStatusEntity s : statuses(em, cycleId)) {
                latest.put(s.toApi().itemKey(), s.toApi());
            }
            Map<ActionProgress, Integer> counts = new EnumMap<>(ActionProgress.class);
            for (ActionProgress p : ActionProgress.values()) {
                counts.put(p, 0);
            }
            List<AnnualReport.Line> lines = new ArrayList<>();
            int unreported = 0;
            for (PlanItem item : document.allItems()) {
                if (!CarryOver.isAction(item, details)) {
                    continue;
                }
                ActionStatus s = latest.get(item.key());
                if (s == null) {
                    unreported++;
                } else {
                    counts.merge(s.progress(), 1, Integer::sum);
                }
                lines.add(new AnnualReport.Line(item.key(), item.number(), item.title(),
                        s == null ? null : s.progress(), s == null ? null : s.comment(),
                        s == null ? null : meetingDates.get(s.meetingId()), api.carriedOver(item.key())));
            }
            return new AnnualReport(cycleId, cycle.planId(), api.period(), lines, counts, unreported,
                    meetingDates.size());
        });
    }

    private static List<ActionStatusEntity> statuses(EntityManager em, long cycleId) {
        return em.createQuery("SELECT s FROM ActionStatusEntity s WHERE s.cycleId = :c ORDER BY s.reportedAt, s.id",
                        ActionStatusEntity.class)
                .setParameter("c", cycleId)
                .getResultList();
    }

    /** Each action's latest status in a cycle. */
    private static Map<String, ActionProgress> latestProgress(EntityManager em, long cycleId) {
        Map<String, ActionProgress> latest = new HashMap<>();
        for (ActionStatusEntity s : statuses(em, cycleId)) {
            ActionStatus api = s.toApi();
            latest.put(api.itemKey(), api.progress());
        }
        return latest;
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static Optional<PlanCycleEntity> find(EntityManager em, String r, long cycleId) {
        return em.createQuery("SELECT c FROM PlanCycleEntity c WHERE c.regroupementId = :r AND c.id = :id",
                        PlanCycleEntity.class)
                .setParameter("r", r)
                .setParameter("id", cycleId)
                .getResultStream()
                .findFirst();
    }

    private static PlanCycleEntity lock(EntityManager em, String r, long cycleId) {
        PlanCycleEntity cycle = find(em, r, cycleId).orElseThrow(() -> new CycleNotFoundException(cycleId));
        em.lock(cycle, LockModeType.PESSIMISTIC_WRITE);
        return cycle;
    }

    private static Optional<PlanCycleEntity> latestCycle(EntityManager em, String r, long planId) {
        return em.createQuery("SELECT c FROM PlanCycleEntity c WHERE c.regroupementId = :r AND c.planId = :p"
                        + " ORDER BY c.launchedAt DESC, c.id DESC", PlanCycleEntity.class)
                .setParameter("r", r)
                .setParameter("p", planId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private static void requirePhase(PlanCycleEntity cycle, String step, CyclePhase... allowed) {
        for (CyclePhase phase : allowed) {
            if (cycle.phase() == phase) {
                return;
            }
        }
        throw new InvalidCyclePhaseException(cycle.id(), cycle.phase(), step);
    }

    private static void requireOrganization(EntityManager em, String r, Long organizationId) {
        long found = em.createQuery("SELECT COUNT(o) FROM OrganizationEntity o WHERE o.regroupementId = :r AND o.id = :id",
                        Long.class)
                .setParameter("r", r)
                .setParameter("id", organizationId)
                .getSingleResult();
        if (found == 0) {
            throw new IllegalArgumentException("No organization " + organizationId + " in this regroupement");
        }
    }

    private static PlanItem requireItem(PlanDocument document, String itemKey) {
        return document.allItems().stream().filter(i -> i.key().equals(itemKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The plan has no item " + itemKey));
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    private static String text(String value, String name) {
        return limit(required(value, name), MAX_TEXT, name);
    }

    private static String limit(String value, int max, String name) {
        if (value.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
        return value;
    }
}
