package ca.concerto.plan.store.impl;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ca.concerto.plan.api.CommitteeEdits;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.api.PlanVersion;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.model.Committee;
import ca.concerto.plan.model.Organization;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.PlanOutline;
import jakarta.persistence.LockModeType;

/**
 * Plan documents on the plan store's rows ({@link DocumentRows}): the same content that
 * {@link PlanServiceImpl} shows as objectives and actions. Canonical JSON and fingerprints come
 * from the {@link PlanInterchange} service.
 */
@Component(service = PlanDocumentService.class)
public class PlanDocumentServiceImpl implements PlanDocumentService {

    static final String IMPORT_NOTE = "Importé";

    private final StoreContext store;
    private final DocumentRows rows;

    @Activate
    public PlanDocumentServiceImpl(@Reference StoreContext store, @Reference PlanInterchange interchange) {
        this.store = store;
        this.rows = new DocumentRows(interchange);
    }

    @Override
    public PlanSummary importDocument(String regroupementId, PlanDocument document, String importedBy) {
        String r = PlanServiceImpl.tenant(regroupementId);
        Objects.requireNonNull(document, "document");
        String by = required(importedBy, "importedBy");
        return store.inTransaction(em -> {
            PlanEntity plan = rows.insertPlan(em, r, document, by, PlanServiceImpl.now());
            rows.recordVersion(em, plan, by, IMPORT_NOTE, plan.createdAt());
            return new PlanSummary(plan.id(), plan.regroupementId(), plan.title(), plan.period(), plan.status());
        });
    }

    @Override
    public Optional<PlanDocument> document(String regroupementId, long planId) {
        String r = PlanServiceImpl.tenant(regroupementId);
        return store.read(em -> DocumentRows.plan(em, r, planId).map(p -> rows.load(em, p).document()));
    }

    @Override
    public Optional<PlanDocument> header(String regroupementId, long planId) {
        String r = PlanServiceImpl.tenant(regroupementId);
        // the plan's row holds everything but the items: no item row is read
        return store.read(em -> DocumentRows.plan(em, r, planId).map(rows::header));
    }

    @Override
    public Map<String, Long> itemRevisions(String regroupementId, long planId) {
        String r = PlanServiceImpl.tenant(regroupementId);
        return store.read(em -> {
            PlanEntity plan = DocumentRows.plan(em, r, planId).orElseThrow(() -> new PlanNotFoundException(planId));
            return Collections.unmodifiableMap(rows.revisions(em, plan.id()));
        });
    }

    @Override
    public long updateItem(String regroupementId, long planId, String itemKey, long expectedRevision, PlanItem changed,
                           List<Organization> newOrganizations, String editedBy) {
        String r = PlanServiceImpl.tenant(regroupementId);
        Objects.requireNonNull(changed, "changed");
        List<Organization> added = List.copyOf(Objects.requireNonNull(newOrganizations, "newOrganizations"));
        String by = required(editedBy, "editedBy");
        return store.inTransaction(em -> rows.updateItem(em, r, planId, itemKey, expectedRevision, changed, added, by,
                PlanServiceImpl.now()));
    }

    @Override
    public String addItem(String regroupementId, long planId, String parentKey, int position, String title,
                          String editedBy) {
        String r = PlanServiceImpl.tenant(regroupementId);
        String by = required(editedBy, "editedBy");
        // a key nobody chose before: items keep their key across versions, so it must never be reused
        String key = "i-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PlanItem item = new PlanItem(key, 0, null, title == null ? null : title.strip(), null, null, List.of());
        store.inTransaction(em -> rows.restructure(em, r, planId,
                document -> PlanOutline.insert(document, parentKey, position, item), by, PlanServiceImpl.now()));
        return key;
    }

    @Override
    public void removeItem(String regroupementId, long planId, String itemKey, String editedBy) {
        String r = PlanServiceImpl.tenant(regroupementId);
        String by = required(editedBy, "editedBy");
        store.inTransaction(em -> rows.restructure(em, r, planId, document -> PlanOutline.remove(document, itemKey),
                by, PlanServiceImpl.now()));
    }

    @Override
    public void moveItem(String regroupementId, long planId, String itemKey, PlanOutline.Move move, String editedBy) {
        String r = PlanServiceImpl.tenant(regroupementId);
        Objects.requireNonNull(move, "move");
        String by = required(editedBy, "editedBy");
        store.inTransaction(em -> rows.restructure(em, r, planId,
                document -> PlanOutline.move(document, itemKey, move), by, PlanServiceImpl.now()));
    }

    @Override
    public void saveCommittee(String regroupementId, long planId, Committee expected, Committee changed,
                              List<Organization> newOrganizations, String editedBy) {
        String r = PlanServiceImpl.tenant(regroupementId);
        Objects.requireNonNull(changed, "changed");
        List<Organization> added = List.copyOf(Objects.requireNonNull(newOrganizations, "newOrganizations"));
        required(editedBy, "editedBy");
        store.inTransaction(em -> {
            rows.changeHeader(em, r, planId, header -> CommitteeEdits.save(
                    DocumentRows.withOrganizations(header, added, planId), expected, changed));
            return null;
        });
    }

    @Override
    public void removeCommittee(String regroupementId, long planId, Committee expected, String editedBy) {
        String r = PlanServiceImpl.tenant(regroupementId);
        Objects.requireNonNull(expected, "expected");
        required(editedBy, "editedBy");
        store.inTransaction(em -> {
            rows.changeHeader(em, r, planId, header -> CommitteeEdits.remove(header, expected));
            return null;
        });
    }

    @Override
    public PlanVersion recordVersion(String regroupementId, long planId, String createdBy, String note) {
        String r = PlanServiceImpl.tenant(regroupementId);
        String by = required(createdBy, "createdBy");
        return store.inTransaction(em -> {
            PlanEntity plan = DocumentRows.lock(em, r, planId, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> new PlanNotFoundException(planId));
            return rows.recordVersion(em, plan, by, note, PlanServiceImpl.now()).toApi();
        });
    }

    @Override
    public List<PlanVersion> versions(String regroupementId, long planId) {
        String r = PlanServiceImpl.tenant(regroupementId);
        return store.read(em -> {
            PlanEntity plan = DocumentRows.plan(em, r, planId).orElseThrow(() -> new PlanNotFoundException(planId));
            return DocumentRows.versions(em, plan.id()).stream().map(PlanVersionEntity::toApi).toList();
        });
    }

    @Override
    public Optional<PlanDocument> versionDocument(String regroupementId, long planId, int number) {
        String r = PlanServiceImpl.tenant(regroupementId);
        return store.read(em -> DocumentRows.plan(em, r, planId)
                .flatMap(p -> DocumentRows.version(em, p.id(), number))
                .map(v -> rows.readDocument(v.document(), "version " + number + " of plan " + planId)));
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
