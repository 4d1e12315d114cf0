package ca.concerto.workflow.api;

import java.util.Map;

import ca.concerto.plan.api.Plan;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A regional variant of the adoption cycle, registered as an OSGi service by a regional module
 * (for example adoption by the assemblée générale, or a cycle run jointly with another chantier).
 * The core starts a plan's adoption with the highest-ranked variant that applies to the plan's
 * regroupement, else with the default process {@link AdoptionWorkflow#PROCESS_KEY}.
 *
 * <p>A variant's BPMN is deployed from its own bundle (manifest header {@code Concerto-Workflows}).
 * To be understood by the task inbox and the screens, it uses the core's task definition keys
 * ({@code boardDecision}, {@code revisePlan}, {@code remindBoardDecision}) and delegates
 * ({@code concertoMarkPlanSubmitted}, {@code concertoRecordAdoptionDecision}), and may add its own.
 */
@ConsumerType
public interface AdoptionVariant {

    /** Whether this variant runs the adoption of that regroupement's plans. */
    boolean appliesTo(String regroupementId);

    /** The BPMN process definition key the variant's bundle deploys. */
    String processKey();

    /** Code of the adopting body recorded with the decision: "CA", "AGA" or "CC" (comité de coordination). */
    String adoptingBody();

    /**
     * The BPMN process definition key of the variant's adoption step within a plan's cycle, called
     * by {@link PlanCycleWorkflow#PROCESS_KEY} in place of {@link PlanCycleWorkflow#ADOPTION_PROCESS_KEY};
     * null to keep the default step. The called process receives all the cycle's variables and
     * must set {@code outcome} (ADOPT, REQUEST_CHANGES or REJECT) and record the decision.
     *
     * @since 1.2
     */
    default String cycleAdoptionProcessKey() {
        return null;
    }

    /** Further start variables of the variant's process (they cannot replace the core's). */
    default Map<String, Object> startVariables(Plan plan) {
        return Map.of();
    }
}
