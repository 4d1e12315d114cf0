package ca.concerto.plan.store.impl;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ca.concerto.plan.api.Action;
import ca.concerto.plan.api.QuebecTime;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.DecisionRecord;
import ca.concerto.plan.api.Publication;
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
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.model.ActionDetails;
import ca.concerto.plan.model.LevelDefinition;
import ca.concerto.plan.model.NumberingStyle;
import ca.concerto.plan.model.Period;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.Schedule;
import ca.concerto.plan.model.Statement;
import ca.concerto.plan.model.StatementKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Plans on JPA. Every query names the regroupement; a plan of another regroupement is absent.
 *
 * <p>A plan's content is its document ({@link DocumentRows}, the same rows that
 * {@link PlanDocumentServiceImpl} reads and writes): {@link #createPlan} builds a two-level
 * document ("Objectif", "Action"; keys "o1", "o1.a1"; numbers "1", "1.1") and {@link #findPlan}
 * derives objectives and actions from the document. Submitting a plan binds it to a version of its
 * document, and the decision on it carries that version's number and fingerprint.
 */
@Component(service = PlanService.class)
public class PlanServiceImpl implements PlanService {

    /** The period of a plan created without one (a document always has a period). */
    static final String UNKNOWN_PERIOD = "À déterminer";
    /** Who records the version of a submission: {@link #markSubmitted} is not told who submits. */
    static final String SUBMISSION_AUTHOR = "concerto";
    static final String SUBMISSION_NOTE = "Soumis pour adoption";

    private final StoreContext store;
    private final DocumentRows rows;

    @Activate
    public PlanServiceImpl(@Reference StoreContext store, @Reference PlanInterchange interchange) {
        this.store = store;
        this.rows = new DocumentRows(interchange);
    }

    @Override
    public List<PlanSummary> listPlans(String regroupementId) {
        String r = tenant(regroupementId);
        return store.read(em -> em.createQuery(
                        "SELECT p FROM PlanEntity p WHERE p.regroupementId = :r ORDER BY p.createdAt, p.id", PlanEntity.class)
                .setParameter("r", r)
                .getResultStream()
                .map(PlanServiceImpl::summary)
                .toList());
    }

    @Override
    public Optional<Plan> findPlan(String regroupementId, long planId) {
        String r = tenant(regroupementId);
        return store.read(em -> DocumentRows.plan(em, r, planId).map(p -> toApi(rows.load(em, p))));
    }

    @Override
    public Optional<PlanSummary> findSummary(String regroupementId, long planId) {
        String r = tenant(regroupementId);
        return store.read(em -> DocumentRows.plan(em, r, planId)
                .map(PlanServiceImpl::summary));
    }

    private static PlanSummary summary(PlanEntity plan) {
        return new PlanSummary(plan.id(), plan.regroupementId(), plan.title(), plan.period(), plan.status());
    }

    @Override
    public Plan createPlan(String regroupementId, PlanDraft draft, String createdBy) {
        String r = tenant(regroupementId);
        Objects.requireNonNull(draft, "draft");
        if (createdBy == null || createdBy.isBlank()) {
            throw new IllegalArgumentException("createdBy is required");
        }
        PlanDocument document = document(draft);
        return store.inTransaction(em -> {
            PlanEntity plan = rows.insertPlan(em, r, document, createdBy, now());
            return toApi(rows.load(em, plan));
        });
    }

    @Override
    public Plan markSubmitted(String regroupementId, long planId) {
        String r = tenant(regroupementId);
        return store.inTransaction(em -> {
            PlanEntity plan = DocumentRows.lock(em, r, planId, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> new PlanNotFoundException(planId));
            if (plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.CHANGES_REQUESTED) {
                throw new InvalidPlanStateException(planId, plan.status(), "submit it for adoption");
            }
            // every submitted draft is an immutable version: the latest one if nothing changed since
            PlanVersionEntity version = rows.currentVersion(em, plan, SUBMISSION_AUTHOR, SUBMISSION_NOTE, now());
            plan.submittedVersion(version.number());
            plan.status(PlanStatus.SUBMITTED);
            em.flush();
            return toApi(rows.load(em, plan));
        });
    }

    @Override
    public AdoptionDecision recordDecision(String regroupementId, long planId, DecisionOutcome outcome, String body,
                                           String decidedBy, String comment) {
        Objects.requireNonNull(outcome, "outcome");
        return recordDecision(regroupementId, planId,
                DecisionRecord.simple(outcome, body == null || body.isBlank() ? "CA" : body,
                        QuebecTime.today(), comment),
                decidedBy);
    }

    @Override
    public AdoptionDecision recordDecision(String regroupementId, long planId, DecisionRecord record,
                                           String decidedBy) {
        String r = tenant(regroupementId);
        Objects.requireNonNull(record, "record");
        if (decidedBy == null || decidedBy.isBlank()) {
            throw new IllegalArgumentException("decidedBy is required");
        }
        return store.inTransaction(em -> {
            PlanEntity plan = DocumentRows.lock(em, r, planId, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> new PlanNotFoundException(planId));
            if (plan.status() != PlanStatus.SUBMITTED) {
                throw new InvalidPlanStateException(planId, plan.status(), "record a decision");
            }
            DecisionRules.check(record, directors(em, r));
            // a plan submitted before versions existed gets its version now
            PlanVersionEntity version = plan.submittedVersion() == null
                    ? rows.currentVersion(em, plan, SUBMISSION_AUTHOR, SUBMISSION_NOTE, now())
                    : DocumentRows.version(em, planId, plan.submittedVersion()).orElseThrow();
            AdoptionDecisionEntity decision = new AdoptionDecisionEntity(r, planId, record, decidedBy, now(),
                    version.number(), version.fingerprint());
            em.persist(decision);
            plan.status(record.outcome().resultingStatus());
            em.flush();
            return decision.toApi();
        });
    }

    /** The directors of the regroupement: its users with an open account who hold the board member role. */
    static Set<String> directors(EntityManager em, String regroupementId) {
        return new TreeSet<>(em.createQuery("SELECT u.username FROM UserAccountEntity u JOIN u.roles role"
                        + " WHERE u.regroupementId = :r AND role = :board AND u.active = TRUE", String.class)
                .setParameter("r", regroupementId)
                .setParameter("board", Role.BOARD_MEMBER)
                .getResultList());
    }

    @Override
    public Publication publish(String regroupementId, long planId, LocalDate publishedOn, String publishedBy) {
        String r = tenant(regroupementId);
        Objects.requireNonNull(publishedOn, "publishedOn");
        if (publishedBy == null || publishedBy.isBlank()) {
            throw new IllegalArgumentException("publishedBy is required");
        }
        return store.inTransaction(em -> {
            PlanEntity plan = DocumentRows.lock(em, r, planId, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> new PlanNotFoundException(planId));
            if (plan.status() != PlanStatus.ADOPTED) {
                throw new InvalidPlanStateException(planId, plan.status(), "publish it");
            }
            AdoptionDecisionEntity adoption = em.createQuery("SELECT d FROM AdoptionDecisionEntity d"
                            + " WHERE d.planId = :p AND d.outcome = :adopt ORDER BY d.decidedAt DESC, d.id DESC",
                            AdoptionDecisionEntity.class)
                    .setParameter("p", planId)
                    .setParameter("adopt", DecisionOutcome.ADOPT)
                    .setMaxResults(1)
                    .getSingleResult();
            AdoptionDecision adopted = adoption.toApi();
            PublicationEntity publication = new PublicationEntity(r, planId, adopted.versionNumber(),
                    adopted.versionFingerprint(), publishedOn, publishedBy, now());
            em.persist(publication);
            plan.status(PlanStatus.PUBLISHED);
            em.flush();
            return publication.toApi();
        });
    }

    @Override
    public List<Publication> publications(String regroupementId, long planId) {
        String r = tenant(regroupementId);
        return store.read(em -> em.createQuery("SELECT p FROM PublicationEntity p"
                        + " WHERE p.regroupementId = :r AND p.planId = :p ORDER BY p.recordedAt, p.id",
                        PublicationEntity.class)
                .setParameter("r", r)
                .setParameter("p", planId)
                .getResultStream()
                .map(PublicationEntity::toApi)
                .toList());
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
        String stripped = organizationName(name);
        Objects.requireNonNull(kind, "kind");
        return store.inTransaction(em -> {
            requireNameFree(em, r, stripped, null);
            OrganizationEntity org = new OrganizationEntity(r, stripped, kind);
            em.persist(org);
            em.flush();
            return org.toApi();
        });
    }

    @Override
    public Organization updateOrganization(String regroupementId, long organizationId, String name,
                                           Organization.OrganizationKind kind) {
        String r = tenant(regroupementId);
        String stripped = organizationName(name);
        Objects.requireNonNull(kind, "kind");
        return store.inTransaction(em -> {
            OrganizationEntity org = em.find(OrganizationEntity.class, organizationId);
            if (org == null || !org.regroupementId().equals(r)) {
                throw new IllegalArgumentException("No organization " + organizationId + " in this regroupement");
            }
            requireNameFree(em, r, stripped, organizationId);
            org.update(stripped, kind);
            em.flush();
            return org.toApi();
        });
    }

    private static String organizationName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        return name.strip();
    }

    /**
     * Compared in Java, as the directory screen compares, so that accented capitals match on every
     * database. A regroupement lists tens of organizations, not thousands.
     */
    private static void requireNameFree(EntityManager em, String r, String name, Long exceptId) {
        boolean taken = em.createQuery("SELECT o FROM OrganizationEntity o WHERE o.regroupementId = :r",
                        OrganizationEntity.class)
                .setParameter("r", r)
                .getResultStream()
                .anyMatch(o -> (exceptId == null || o.id() != exceptId) && o.name().equalsIgnoreCase(name));
        if (taken) {
            throw new OrganizationNameTakenException(name);
        }
    }

    /**
     * Renames a plan (its document's title) if it is still at {@code expectedRevision}. Not in the
     * PlanService API yet: it shows (and tests) how an edit guards against stale writes.
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
            rename(em, plan, title);
            em.flush();
            return toApi(rows.load(em, plan));
        });
    }

    /** Changes the title in the plan's document header (and its copy for lists). */
    void rename(EntityManager em, PlanEntity plan, String title) {
        PlanDocument renamed = rows.load(em, plan).document().withTitle(title);
        plan.header(rows.headerJson(renamed), renamed.title(), renamed.period().text());
    }

    static Optional<PlanEntity> load(EntityManager em, String regroupementId, long planId) {
        return DocumentRows.plan(em, regroupementId, planId);
    }

    // ---- the simple view of a document ----------------------------------------------------------

    /** The document of a new plan: two levels, objectives "o1" numbered "1", actions "o1.a1" numbered "1.1". */
    static PlanDocument document(PlanDraft draft) {
        List<PlanItem> objectives = new ArrayList<>();
        int o = 0;
        for (PlanDraft.ObjectiveDraft od : draft.objectives()) {
            o++;
            List<PlanItem> actions = new ArrayList<>();
            int a = 0;
            for (PlanDraft.ActionDraft ad : od.actions()) {
                a++;
                ActionDetails details = new ActionDetails(List.of(), blank(ad.responsible()) ? List.of()
                        : List.of(ad.responsible()), List.of(), List.of(), List.of(), List.of(),
                        blank(ad.schedule()) ? null : Schedule.of(ad.schedule()), List.of(), List.of(), List.of(),
                        List.of(), false);
                actions.add(new PlanItem("o" + o + ".a" + a, 1, o + "." + a, ad.title(), null, details, List.of()));
            }
            objectives.add(new PlanItem("o" + o, 0, Integer.toString(o), od.title(), null, null, actions));
        }
        List<Statement> statements = blank(draft.mission()) ? List.of()
                : List.of(new Statement(StatementKind.MISSION, null, List.of(draft.mission())));
        return new PlanDocument(PlanDocument.FORMAT_VERSION, draft.title(), null,
                Period.of(blank(draft.period()) ? UNKNOWN_PERIOD : draft.period()), statements, null,
                List.of(new LevelDefinition("Objectif", NumberingStyle.DECIMAL),
                        new LevelDefinition("Action", NumberingStyle.DECIMAL)),
                objectives, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The plan as the simple API shows it: root items are its objectives; under each, every
     * descendant that carries action details is an action (depth first, with its own number). A
     * plan whose items carry no action details at all (propositions as plain text, as the TROC's)
     * shows the leaves under each root as its actions.
     */
    static Plan toApi(DocumentRows.Loaded loaded) {
        PlanEntity p = loaded.plan();
        PlanDocument d = loaded.document();
        Map<String, PlanItemEntity> ids = loaded.rows();
        Map<String, ca.concerto.plan.model.Organization> orgs = d.organizations().stream()
                .collect(Collectors.toMap(ca.concerto.plan.model.Organization::key, Function.identity()));
        boolean details = d.allItems().stream().anyMatch(i -> i.action() != null);
        List<Objective> objectives = new ArrayList<>();
        for (PlanItem root : d.items()) {
            List<Action> actions = new ArrayList<>();
            collectActions(root.children(), details, orgs, ids, actions);
            objectives.add(new Objective(ids.get(root.key()).id(), root.number(), root.title(), actions));
        }
        String mission = d.statements().stream().filter(s -> s.kind() == StatementKind.MISSION)
                .map(s -> String.join("\n\n", s.paragraphs())).findFirst().orElse(null);
        return new Plan(p.id(), p.regroupementId(), d.title(), d.period().text(), mission, p.status(), p.revision(),
                p.createdAt().toInstant(), p.createdBy(), objectives);
    }

    private static void collectActions(List<PlanItem> items, boolean details,
                                       Map<String, ca.concerto.plan.model.Organization> orgs,
                                       Map<String, PlanItemEntity> ids, List<Action> out) {
        for (PlanItem i : items) {
            ActionDetails a = i.action();
            if (a != null) {
                out.add(new Action(ids.get(i.key()).id(), i.number(), i.title(), responsible(a, orgs),
                        a.schedule() == null ? null : a.schedule().text()));
            } else if (!details && i.children().isEmpty()) {
                out.add(new Action(ids.get(i.key()).id(), i.number(), i.title(), null, null));
            }
            collectActions(i.children(), details, orgs, ids, out);
        }
    }

    /** The responsible people or roles as written, else the responsible organizations' names. */
    static String responsible(ActionDetails a, Map<String, ca.concerto.plan.model.Organization> orgs) {
        if (!a.responsible().isEmpty()) {
            return String.join(", ", a.responsible());
        }
        if (!a.responsibleOrganizations().isEmpty()) {
            return a.responsibleOrganizations().stream()
                    .map(k -> orgs.containsKey(k) ? orgName(orgs.get(k)) : k)
                    .collect(Collectors.joining(", "));
        }
        return null;
    }

    private static String orgName(ca.concerto.plan.model.Organization o) {
        return o.acronym() != null ? o.acronym() : o.name();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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
