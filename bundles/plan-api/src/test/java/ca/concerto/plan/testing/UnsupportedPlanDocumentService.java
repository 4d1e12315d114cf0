package ca.concerto.plan.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.api.PlanVersion;
import ca.concerto.plan.model.Committee;
import ca.concerto.plan.model.Organization;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.PlanOutline;

/**
 * For tests' fakes: every method refuses, so that a fake overrides only what its test uses and a call
 * it did not expect fails loudly instead of answering something made up.
 */
public abstract class UnsupportedPlanDocumentService implements PlanDocumentService {

    protected static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not used by this test's fake");
    }

    @Override
    public PlanSummary importDocument(String regroupementId, PlanDocument document, String importedBy) {
        throw unused();
    }

    @Override
    public Optional<PlanDocument> document(String regroupementId, long planId) {
        throw unused();
    }

    @Override
    public Map<String, Long> itemRevisions(String regroupementId, long planId) {
        throw unused();
    }

    @Override
    public long updateItem(String regroupementId, long planId, String itemKey, long expectedRevision, PlanItem changed,
                           List<Organization> newOrganizations, String editedBy) {
        throw unused();
    }

    @Override
    public String addItem(String regroupementId, long planId, String parentKey, int position, String title,
                          String editedBy) {
        throw unused();
    }

    @Override
    public void removeItem(String regroupementId, long planId, String itemKey, String editedBy) {
        throw unused();
    }

    @Override
    public void moveItem(String regroupementId, long planId, String itemKey, PlanOutline.Move move, String editedBy) {
        throw unused();
    }

    @Override
    public void saveCommittee(String regroupementId, long planId, Committee expected, Committee changed,
                              List<Organization> newOrganizations, String editedBy) {
        throw unused();
    }

    @Override
    public void removeCommittee(String regroupementId, long planId, Committee expected, String editedBy) {
        throw unused();
    }

    @Override
    public PlanVersion recordVersion(String regroupementId, long planId, String createdBy, String note) {
        throw unused();
    }

    @Override
    public List<PlanVersion> versions(String regroupementId, long planId) {
        throw unused();
    }

    @Override
    public Optional<PlanDocument> versionDocument(String regroupementId, long planId, int number) {
        throw unused();
    }
}
