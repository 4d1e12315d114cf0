package ca.concerto.plan.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads and writes plans. Every method works inside the regroupement it is given; a plan of
 * another regroupement is treated as absent. Each write is one transaction.
 */
@ProviderType
public interface PlanService {

    List<PlanSummary> listPlans(String regroupementId);

    Optional<Plan> findPlan(String regroupementId, long planId);

    /**
     * The plan's record without its objectives and actions: what a page needs for a title or a link,
     * without reading a plan of hundreds of actions.
     */
    default Optional<PlanSummary> findSummary(String regroupementId, long planId) {
        return findPlan(regroupementId, planId).map(Plan::summary);
    }

    /** Opens a new plan in {@link PlanStatus#DRAFT}. */
    Plan createPlan(String regroupementId, PlanDraft draft, String createdBy);

    /**
     * Marks a draft (or a plan sent back for changes) as submitted for adoption.
     *
     * @throws PlanNotFoundException     if the plan is not in this regroupement
     * @throws InvalidPlanStateException if the plan is not a draft or sent back for changes
     */
    Plan markSubmitted(String regroupementId, long planId);

    /**
     * Records the adopting body's decision on a submitted plan and moves the plan to the
     * resulting status, in one transaction.
     *
     * @throws InvalidPlanStateException if the plan is not submitted
     */
    AdoptionDecision recordDecision(String regroupementId, long planId, DecisionOutcome outcome,
                                    String body, String decidedBy, String comment);

    /**
     * Records the adopting body's decision with its resolution number and its vote or written
     * resolution, bound to the version submitted, and moves the plan to the resulting status, in
     * one transaction. The body's rules are checked first: quorum reached; an adoption by vote
     * carries; a written resolution adopts and is signed by each director (the regroupement's
     * board members) and by no one else.
     *
     * @throws InvalidPlanStateException if the plan is not submitted
     * @throws DecisionRuleException     if the record breaks a rule; nothing is recorded
     */
    AdoptionDecision recordDecision(String regroupementId, long planId, DecisionRecord record, String decidedBy);

    /**
     * Publishes an adopted plan: the version adopted is recorded as published on that date, and the
     * plan becomes {@link PlanStatus#PUBLISHED}.
     *
     * @throws InvalidPlanStateException if the plan is not adopted
     */
    Publication publish(String regroupementId, long planId, java.time.LocalDate publishedOn, String publishedBy);

    /** The publications of a plan, oldest first (a plan amended and adopted again is published again). */
    List<Publication> publications(String regroupementId, long planId);

    /** The decisions on a plan, oldest first. */
    List<AdoptionDecision> decisions(String regroupementId, long planId);

    List<Organization> organizations(String regroupementId);

    /**
     * Adds an organization to the regroupement's directory.
     *
     * @throws OrganizationNameTakenException if another of its organizations has this name
     */
    Organization addOrganization(String regroupementId, String name, Organization.OrganizationKind kind);

    /**
     * Corrects an organization's name or kind (a member becoming a partner). Its invitations,
     * consultation answers and meeting attendance follow it: they refer to it by identifier.
     *
     * @throws OrganizationNameTakenException if another of its organizations has this name
     * @throws IllegalArgumentException       if the regroupement has no such organization
     */
    Organization updateOrganization(String regroupementId, long organizationId, String name,
                                    Organization.OrganizationKind kind);
}
