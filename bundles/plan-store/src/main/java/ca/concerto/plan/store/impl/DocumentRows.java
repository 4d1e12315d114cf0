package ca.concerto.plan.store.impl;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import ca.concerto.plan.api.EditConflictException;
import ca.concerto.plan.api.InvalidPlanStateException;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.interchange.InvalidPlanFileException;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.model.Organization;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * A plan's working document as rows, and its versions. The one path through which both
 * {@link PlanServiceImpl} and {@link PlanDocumentServiceImpl} read and write plan content:
 * <ul>
 * <li>{@code plan.document_header}: the canonical interchange JSON of the document without its
 * items (title, period, statements, levels, organizations, committees, annexes...);</li>
 * <li>{@code plan_item}: one row per item (key, parent key, position among its siblings, level,
 * revision) with the item's own fields as canonical item JSON;</li>
 * <li>{@code plan_version}: immutable versions, the whole document as canonical JSON with its
 * fingerprint.</li>
 * </ul>
 * Every method runs inside the caller's transaction. Methods that write lock the plan row first
 * (writers of one plan are serialized: no lost update, no two versions with one number).
 */
final class DocumentRows {

    private final PlanInterchange interchange;

    DocumentRows(PlanInterchange interchange) {
        this.interchange = Objects.requireNonNull(interchange, "interchange");
    }

    PlanInterchange interchange() {
        return interchange;
    }

    /** The working document and, by item key, the rows it was read from. */
    record Loaded(PlanEntity plan, PlanDocument document, Map<String, PlanItemEntity> rows) {
    }

    // ---- writing ----------------------------------------------------------------------------

    /** Persists a new plan (DRAFT) holding {@code document}. */
    PlanEntity insertPlan(EntityManager em, String regroupementId, PlanDocument document, String createdBy,
                          OffsetDateTime at) {
        Objects.requireNonNull(document, "document");
        PlanEntity plan = new PlanEntity(regroupementId, document.title(), document.period().text(),
                headerJson(document), createdBy, at);
        em.persist(plan);
        em.flush(); // the id
        insertItems(em, plan, document.items(), null, createdBy, at);
        em.flush();
        return plan;
    }

    private void insertItems(EntityManager em, PlanEntity plan, List<PlanItem> items, String parentKey,
                             String by, OffsetDateTime at) {
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            em.persist(new PlanItemEntity(plan.regroupementId(), plan.id(), item.key(), parentKey, i, item.level(),
                    itemJson(item), by, at));
            insertItems(em, plan, item.children(), item.key(), by, at);
        }
    }

    /**
     * Replaces one item's own fields if its revision is still {@code expectedRevision}: an
     * {@code UPDATE ... WHERE revision = ?}. The plan row is locked first and its revision
     * increased (a content change is a change of the plan). {@code newOrganizations} the header lacks
     * are added to it first, so that the item may refer to them.
     *
     * @return the item's new revision
     */
    long updateItem(EntityManager em, String regroupementId, long planId, String itemKey, long expectedRevision,
                    PlanItem changed, List<Organization> newOrganizations, String editedBy, OffsetDateTime at) {
        Objects.requireNonNull(changed, "changed");
        if (itemKey == null || !itemKey.equals(changed.key())) {
            throw new IllegalArgumentException("The changed item's key " + changed.key() + " is not " + itemKey);
        }
        PlanEntity plan = lock(em, regroupementId, planId, LockModeType.PESSIMISTIC_FORCE_INCREMENT)
                .orElseThrow(() -> new PlanNotFoundException(planId));
        amend(plan);
        PlanItemEntity row = em.createQuery("SELECT i FROM PlanItemEntity i WHERE i.planId = :plan AND i.itemKey = :key",
                        PlanItemEntity.class)
                .setParameter("plan", planId)
                .setParameter("key", itemKey)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Plan " + planId + " has no item " + itemKey));
        if (row.revision() != expectedRevision) {
            throw new EditConflictException(itemKey, find(load(em, plan).document(), itemKey), row.revision(), changed);
        }
        PlanItem stored = item(row);
        PlanItem updated = new PlanItem(itemKey, stored.level(), changed.number(), changed.title(),
                changed.description(), changed.action(), List.of());
        PlanDocument header = readDocument(plan.documentHeader(), "plan " + planId);
        PlanDocument withNew = withOrganizations(header, newOrganizations, planId);
        // An item's own fields can break only the document's references (organizations); the place,
        // level and key stay. The document-level part with this item alone checks exactly that.
        withNew.withItems(List.of(updated));
        if (withNew != header) {
            plan.header(headerJson(withNew), withNew.title(), withNew.period().text());
        }
        int count = em.createQuery("UPDATE PlanItemEntity i SET i.content = :content, i.revision = i.revision + 1,"
                        + " i.updatedBy = :by, i.updatedAt = :at"
                        + " WHERE i.planId = :plan AND i.itemKey = :key AND i.revision = :expected")
                .setParameter("content", itemJson(updated))
                .setParameter("by", editedBy)
                .setParameter("at", at)
                .setParameter("plan", planId)
                .setParameter("key", itemKey)
                .setParameter("expected", expectedRevision)
                .executeUpdate();
        if (count != 1) {
            // cannot happen while writers lock the plan row; kept as the guard of last resort
            em.refresh(row);
            throw new EditConflictException(itemKey, find(load(em, plan).document(), itemKey), row.revision(),
                    changed);
        }
        return expectedRevision + 1;
    }

    /**
     * Changes the part of the working document outside its items (committees and other annexes): the
     * plan row is locked and its revision increased, {@code change} computes the new header from the
     * stored one (and refuses what cannot be done), and the header is written back. The items are not
     * read: no check of the document reaches from the header into them.
     */
    void changeHeader(EntityManager em, String regroupementId, long planId, UnaryOperator<PlanDocument> change) {
        PlanEntity plan = lock(em, regroupementId, planId, LockModeType.PESSIMISTIC_FORCE_INCREMENT)
                .orElseThrow(() -> new PlanNotFoundException(planId));
        amend(plan);
        PlanDocument header = readDocument(plan.documentHeader(), "plan " + planId);
        PlanDocument changed = change.apply(header);
        plan.header(headerJson(changed), changed.title(), changed.period().text());
        em.flush();
    }

    /** {@code header} with those of {@code added} it lacks; the same instance when it lacks none. */
    static PlanDocument withOrganizations(PlanDocument header, List<Organization> added, long planId) {
        Map<String, Organization> byKey = new LinkedHashMap<>();
        header.organizations().forEach(o -> byKey.put(o.key(), o));
        boolean changed = false;
        for (Organization organization : added) {
            Organization listed = byKey.get(organization.key());
            if (listed == null) {
                byKey.put(organization.key(), organization);
                changed = true;
            } else if (!listed.name().equals(organization.name())) {
                throw new IllegalArgumentException("Plan " + planId + " already lists " + organization.key()
                        + " for " + listed.name() + ", not " + organization.name());
            }
        }
        return changed ? header.withOrganizations(List.copyOf(byKey.values())) : header;
    }

    /**
     * Changes the shape of the working document (items added, removed, moved, renumbered): the
     * plan row is locked, {@code change} computes the new document from the current one (and
     * refuses what cannot be done), then only the rows that differ are written. An item whose own
     * fields changed (its number, its level) gets a new revision; one that only changed place
     * keeps it, so that an edit of its fields begun meanwhile still applies.
     *
     * @return the new working document
     */
    PlanDocument restructure(EntityManager em, String regroupementId, long planId, UnaryOperator<PlanDocument> change,
                             String editedBy, OffsetDateTime at) {
        PlanEntity plan = lock(em, regroupementId, planId, LockModeType.PESSIMISTIC_FORCE_INCREMENT)
                .orElseThrow(() -> new PlanNotFoundException(planId));
        amend(plan);
        Loaded before = load(em, plan);
        PlanDocument after = change.apply(before.document());
        Set<String> kept = new HashSet<>();
        writePlaces(em, plan, before.rows(), after.items(), null, kept, editedBy, at);
        List<String> removed = before.rows().keySet().stream().filter(k -> !kept.contains(k)).toList();
        if (!removed.isEmpty()) {
            em.createQuery("DELETE FROM PlanItemEntity i WHERE i.planId = :plan AND i.itemKey IN :keys")
                    .setParameter("plan", plan.id())
                    .setParameter("keys", removed)
                    .executeUpdate();
        }
        em.flush();
        return after;
    }

    private void writePlaces(EntityManager em, PlanEntity plan, Map<String, PlanItemEntity> rows, List<PlanItem> items,
                             String parentKey, Set<String> kept, String by, OffsetDateTime at) {
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            kept.add(item.key());
            String content = itemJson(item);
            PlanItemEntity row = rows.get(item.key());
            if (row == null) {
                em.persist(new PlanItemEntity(plan.regroupementId(), plan.id(), item.key(), parentKey, i, item.level(),
                        content, by, at));
            } else if (!content.equals(row.content()) || !Objects.equals(parentKey, row.parentKey())
                    || row.sortOrder() != i || row.level() != item.level()) {
                em.createQuery("UPDATE PlanItemEntity i SET i.parentKey = :parent, i.sortOrder = :order,"
                                + " i.level = :level, i.content = :content, i.revision = i.revision + :bump,"
                                + " i.updatedBy = :by, i.updatedAt = :at WHERE i.id = :id")
                        .setParameter("parent", parentKey)
                        .setParameter("order", i)
                        .setParameter("level", item.level())
                        .setParameter("content", content)
                        .setParameter("bump", content.equals(row.content()) ? 0L : 1L)
                        .setParameter("by", by)
                        .setParameter("at", at)
                        .setParameter("id", row.id())
                        .executeUpdate();
            }
            writePlaces(em, plan, rows, item.children(), item.key(), kept, by, at);
        }
    }

    /**
     * Before a change of the working document: a submitted plan is frozen while the body decides on
     * its exact version; an adopted, published or rejected plan becomes a draft again, which needs
     * a new adoption (its decisions and versions stay as they were).
     */
    static void amend(PlanEntity plan) {
        switch (plan.status()) {
            case SUBMITTED -> throw new InvalidPlanStateException(plan.id(), plan.status(),
                    "change it while the adopting body decides");
            case ADOPTED, PUBLISHED, REJECTED -> plan.status(PlanStatus.DRAFT);
            case DRAFT, CHANGES_REQUESTED -> { }
        }
    }

    /** Records the working document as the plan's next version (the plan row must be locked). */
    PlanVersionEntity recordVersion(EntityManager em, PlanEntity plan, String createdBy, String note,
                                    OffsetDateTime at) {
        PlanDocument document = load(em, plan).document();
        Integer last = em.createQuery("SELECT MAX(v.number) FROM PlanVersionEntity v WHERE v.planId = :plan",
                        Integer.class)
                .setParameter("plan", plan.id())
                .getSingleResult();
        int number = last == null ? 1 : last + 1;
        PlanVersionEntity version = new PlanVersionEntity(plan.regroupementId(), plan.id(), number,
                interchange.fingerprint(document), utf8(interchange.canonicalBytes(document)), createdBy, at,
                note == null || note.isBlank() ? null : note);
        em.persist(version);
        em.flush();
        return version;
    }

    /** The latest version if it holds the working document as it is, else a new version. */
    PlanVersionEntity currentVersion(EntityManager em, PlanEntity plan, String createdBy, String note,
                                     OffsetDateTime at) {
        Optional<PlanVersionEntity> latest = latestVersion(em, plan.id());
        if (latest.isPresent()
                && latest.get().fingerprint().equals(interchange.fingerprint(load(em, plan).document()))) {
            return latest.get();
        }
        return recordVersion(em, plan, createdBy, note, at);
    }

    // ---- reading ----------------------------------------------------------------------------

    static Optional<PlanEntity> plan(EntityManager em, String regroupementId, long planId) {
        return em.createQuery("SELECT p FROM PlanEntity p WHERE p.regroupementId = :r AND p.id = :id", PlanEntity.class)
                .setParameter("r", regroupementId)
                .setParameter("id", planId)
                .getResultStream()
                .findFirst();
    }

    /** The plan of this regroupement, its row locked until the transaction ends. */
    static Optional<PlanEntity> lock(EntityManager em, String regroupementId, long planId, LockModeType mode) {
        return em.createQuery("SELECT p FROM PlanEntity p WHERE p.regroupementId = :r AND p.id = :id", PlanEntity.class)
                .setParameter("r", regroupementId)
                .setParameter("id", planId)
                .setLockMode(mode)
                .getResultStream()
                .findFirst();
    }

    /** The working document of a plan, read from its rows. */
    /** The plan's document without its items, from the plan's row alone. */
    PlanDocument header(PlanEntity plan) {
        return readDocument(plan.documentHeader(), "plan " + plan.id()).withItems(List.of());
    }

    Loaded load(EntityManager em, PlanEntity plan) {
        PlanDocument header = readDocument(plan.documentHeader(), "plan " + plan.id());
        List<PlanItemEntity> rows = em.createQuery("SELECT i FROM PlanItemEntity i WHERE i.planId = :plan"
                        + " ORDER BY i.sortOrder, i.id", PlanItemEntity.class)
                .setParameter("plan", plan.id())
                .getResultList();
        Map<String, PlanItemEntity> byKey = new LinkedHashMap<>();
        Map<String, List<PlanItemEntity>> byParent = new HashMap<>();
        for (PlanItemEntity row : rows) {
            byKey.put(row.itemKey(), row);
            byParent.computeIfAbsent(row.parentKey(), k -> new ArrayList<>()).add(row);
        }
        List<PlanItem> roots = children(byParent, null);
        return new Loaded(plan, header.withItems(roots), byKey);
    }

    private List<PlanItem> children(Map<String, List<PlanItemEntity>> byParent, String parentKey) {
        List<PlanItem> out = new ArrayList<>();
        for (PlanItemEntity row : byParent.getOrDefault(parentKey, List.of())) {
            out.add(item(row).withChildren(children(byParent, row.itemKey())));
        }
        return out;
    }

    /** The item's own fields as stored (no children). */
    PlanItem item(PlanItemEntity row) {
        try {
            return interchange.readItem(row.content());
        } catch (InvalidPlanFileException e) {
            throw new IllegalStateException("Item " + row.itemKey() + " of plan " + row.planId()
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    Map<String, Long> revisions(EntityManager em, long planId) {
        Map<String, Long> out = new LinkedHashMap<>();
        em.createQuery("SELECT i FROM PlanItemEntity i WHERE i.planId = :plan ORDER BY i.id", PlanItemEntity.class)
                .setParameter("plan", planId)
                .getResultStream()
                .forEach(i -> out.put(i.itemKey(), i.revision()));
        return out;
    }

    static Optional<PlanVersionEntity> latestVersion(EntityManager em, long planId) {
        return em.createQuery("SELECT v FROM PlanVersionEntity v WHERE v.planId = :plan ORDER BY v.number DESC",
                        PlanVersionEntity.class)
                .setParameter("plan", planId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    static Optional<PlanVersionEntity> version(EntityManager em, long planId, int number) {
        return em.createQuery("SELECT v FROM PlanVersionEntity v WHERE v.planId = :plan AND v.number = :n",
                        PlanVersionEntity.class)
                .setParameter("plan", planId)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    static List<PlanVersionEntity> versions(EntityManager em, long planId) {
        return em.createQuery("SELECT v FROM PlanVersionEntity v WHERE v.planId = :plan ORDER BY v.number",
                        PlanVersionEntity.class)
                .setParameter("plan", planId)
                .getResultList();
    }

    /** A stored canonical document (a version, or a header). */
    PlanDocument readDocument(String json, String what) {
        try {
            return interchange.read(json);
        } catch (InvalidPlanFileException e) {
            throw new IllegalStateException("The stored document of " + what + " cannot be read: " + e.getMessage(), e);
        }
    }

    // ---- JSON -------------------------------------------------------------------------------

    String headerJson(PlanDocument document) {
        return utf8(interchange.canonicalBytes(document.withItems(List.of())));
    }

    String itemJson(PlanItem item) {
        return utf8(interchange.canonicalItemBytes(item));
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    // ---- tree helpers -----------------------------------------------------------------------

    static PlanItem find(PlanDocument document, String key) {
        return document.allItems().stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No item " + key));
    }

    /** The document with the item of the same key replaced; the constructor validates the result. */
    static PlanDocument replace(PlanDocument document, PlanItem replacement) {
        return document.withItems(replaceIn(document.items(), replacement));
    }

    private static List<PlanItem> replaceIn(List<PlanItem> items, PlanItem replacement) {
        List<PlanItem> out = new ArrayList<>(items.size());
        for (PlanItem i : items) {
            out.add(i.key().equals(replacement.key()) ? replacement : i.withChildren(replaceIn(i.children(), replacement)));
        }
        return out;
    }
}
