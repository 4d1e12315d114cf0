package ca.concerto.plan.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.DecisionRecord;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.api.Publication;

/**
 * For tests' fakes: every method refuses, so that a fake overrides only what its test uses and a call
 * it did not expect fails loudly instead of answering something made up.
 */
public abstract class UnsupportedPlanService implements PlanService {

    protected static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not used by this test's fake");
    }

    @Override
    public List<PlanSummary> listPlans(String regroupementId) {
        throw unused();
    }

    @Override
    public Optional<Plan> findPlan(String regroupementId, long planId) {
        throw unused();
    }

    @Override
    public Plan createPlan(String regroupementId, PlanDraft draft, String createdBy) {
        throw unused();
    }

    @Override
    public Plan markSubmitted(String regroupementId, long planId) {
        throw unused();
    }

    @Override
    public AdoptionDecision recordDecision(String regroupementId, long planId, DecisionOutcome outcome,
                                           String decidingBody, String decidedBy, String comment) {
        throw unused();
    }

    @Override
    public AdoptionDecision recordDecision(String regroupementId, long planId, DecisionRecord record,
                                           String decidedBy) {
        throw unused();
    }

    @Override
    public Publication publish(String regroupementId, long planId, LocalDate publishedOn, String publishedBy) {
        throw unused();
    }

    @Override
    public List<Publication> publications(String regroupementId, long planId) {
        throw unused();
    }

    @Override
    public List<AdoptionDecision> decisions(String regroupementId, long planId) {
        throw unused();
    }

    @Override
    public List<Organization> organizations(String regroupementId) {
        throw unused();
    }

    @Override
    public Organization addOrganization(String regroupementId, String name, Organization.OrganizationKind kind) {
        throw unused();
    }

    @Override
    public Organization updateOrganization(String regroupementId, long organizationId, String name,
                                           Organization.OrganizationKind kind) {
        throw unused();
    }
}
