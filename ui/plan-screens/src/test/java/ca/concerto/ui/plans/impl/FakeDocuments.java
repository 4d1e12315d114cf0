package ca.concerto.ui.plans.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import ca.concerto.plan.api.CommitteeEdits;
import ca.concerto.plan.api.EditConflictException;
import ca.concerto.plan.api.InvalidPlanStateException;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.api.PlanVersion;
import ca.concerto.plan.model.Committee;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.PlanOutline;
import ca.concerto.ui.plans.impl.Fakes.FakePlanService;
import ca.concerto.plan.testing.UnsupportedPlanDocumentService;

/**
 * Working documents in memory, edited as the store edits them: the same {@link PlanOutline}
 * operations, one revision per item, a submitted plan frozen (its status read from the fake plan
 * service).
 */
final class FakeDocuments extends UnsupportedPlanDocumentService {

    private final FakePlanService plans;
    final Map<Long, PlanDocument> working = new HashMap<>();
    final Map<String, Long> revisions = new HashMap<>();
    private int keys;

    FakeDocuments(FakePlanService plans) {
        this.plans = plans;
    }

    /** A plan of the fake plan service holding {@code document}. */
    long put(PlanDocument document) {
        long id = plans.createPlan(Fakes.REGROUPEMENT, new ca.concerto.plan.api.PlanDraft(document.title(),
                document.period().text(), null, List.of()), "import").id();
        working.put(id, document);
        document.allItems().forEach(i -> revisions.put(i.key(), 1L));
        return id;
    }

    private PlanDocument mine(String regroupementId, long planId) {
        PlanDocument document = working.get(planId);
        if (document == null || plans.findPlan(regroupementId, planId).isEmpty()) {
            throw new PlanNotFoundException(planId);
        }
        return document;
    }

    private void change(String regroupementId, long planId, UnaryOperator<PlanDocument> change) {
        PlanDocument before = mine(regroupementId, planId);
        PlanStatus status = plans.findPlan(regroupementId, planId).orElseThrow().status();
        if (status == PlanStatus.SUBMITTED) {
            throw new InvalidPlanStateException(planId, status, "change it");
        }
        PlanDocument after = change.apply(before);
        Map<String, PlanItem> old = new HashMap<>();
        before.allItems().forEach(i -> old.put(i.key(), i.withChildren(List.of())));
        for (PlanItem item : after.allItems()) {
            PlanItem previous = old.get(item.key());
            if (previous == null) {
                revisions.put(item.key(), 1L);
            } else if (!previous.equals(item.withChildren(List.of()))) {
                revisions.merge(item.key(), 1L, Long::sum);
            }
        }
        working.put(planId, after);
    }

    @Override
    public Optional<PlanDocument> document(String regroupementId, long planId) {
        return Optional.ofNullable(working.get(planId)).filter(d -> plans.findPlan(regroupementId, planId).isPresent());
    }

    @Override
    public Map<String, Long> itemRevisions(String regroupementId, long planId) {
        Map<String, Long> out = new HashMap<>();
        mine(regroupementId, planId).allItems().forEach(i -> out.put(i.key(), revisions.get(i.key())));
        return out;
    }

    @Override
    public long updateItem(String regroupementId, long planId, String itemKey, long expectedRevision,
                           PlanItem changed, List<ca.concerto.plan.model.Organization> newOrganizations,
                               String editedBy) {
        PlanDocument document = mine(regroupementId, planId);
        PlanItem stored = PlanOutline.find(document, itemKey);
        if (revisions.get(itemKey) != expectedRevision) {
            throw new EditConflictException(itemKey, stored, revisions.get(itemKey), changed);
        }
        PlanItem updated = new PlanItem(itemKey, stored.level(), changed.number(), changed.title(),
                changed.description(), changed.action(), stored.children());
        change(regroupementId, planId, d -> {
            List<ca.concerto.plan.model.Organization> organizations = new java.util.ArrayList<>(d.organizations());
            newOrganizations.stream().filter(o -> organizations.stream().noneMatch(l -> l.key().equals(o.key())))
                    .forEach(organizations::add);
            return replace(d.withOrganizations(organizations), updated);
        });
        return revisions.get(itemKey);
    }

    @Override
    public void saveCommittee(String regroupementId, long planId, Committee expected, Committee changed,
                              List<ca.concerto.plan.model.Organization> newOrganizations, String editedBy) {
        change(regroupementId, planId, d -> {
            List<ca.concerto.plan.model.Organization> organizations = new java.util.ArrayList<>(d.organizations());
            newOrganizations.stream().filter(o -> organizations.stream().noneMatch(l -> l.key().equals(o.key())))
                    .forEach(organizations::add);
            return CommitteeEdits.save(d.withOrganizations(organizations), expected, changed);
        });
    }

    @Override
    public void removeCommittee(String regroupementId, long planId, Committee expected, String editedBy) {
        change(regroupementId, planId, d -> CommitteeEdits.remove(d, expected));
    }

    private static PlanDocument replace(PlanDocument document, PlanItem replacement) {
        return document.withItems(replaceIn(document.items(), replacement));
    }

    private static List<PlanItem> replaceIn(List<PlanItem> items, PlanItem replacement) {
        return items.stream().map(i -> i.key().equals(replacement.key()) ? replacement
                : i.withChildren(replaceIn(i.children(), replacement))).toList();
    }

    @Override
    public String addItem(String regroupementId, long planId, String parentKey, int position, String title,
                          String editedBy) {
        String key = "new-" + (++keys);
        change(regroupementId, planId, d -> PlanOutline.insert(d, parentKey, position,
                new PlanItem(key, 0, null, title, null, null, List.of())));
        return key;
    }

    @Override
    public void removeItem(String regroupementId, long planId, String itemKey, String editedBy) {
        change(regroupementId, planId, d -> PlanOutline.remove(d, itemKey));
    }

    @Override
    public void moveItem(String regroupementId, long planId, String itemKey, PlanOutline.Move move, String editedBy) {
        change(regroupementId, planId, d -> PlanOutline.move(d, itemKey, move));
    }

    @Override
    public List<PlanVersion> versions(String regroupementId, long planId) {
        return List.of();
    }

    @Override
    public Optional<PlanDocument> versionDocument(String regroupementId, long planId, int number) {
        return Optional.empty();
    }
}
