package ca.concerto.workflow.api;

import ca.concerto.cycle.api.CycleLaunch;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.identity.api.UserAccount;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs the yearly cycle of a plan d'action as the BPMN process {@link #PROCESS_KEY}: consultation
 * (closed by its deadline), rencontres, comité de rédaction, comment period (closed by its
 * deadline), review of the comments, adoption by the regroupement's body (the adoption step of a
 * regional {@link AdoptionVariant}, else {@link #ADOPTION_PROCESS_KEY}), publication, follow-up
 * meetings on a schedule and the annual bilan. People act through their tasks
 * ({@link TaskInbox}, {@link TaskKind}) and record what the cycle holds through
 * {@link ca.concerto.cycle.api.PlanCycleService}.
 */
@ProviderType
public interface PlanCycleWorkflow {

    /** BPMN process definition key of the whole cycle. */
    String PROCESS_KEY = "concertoPlanCycle";

    /** BPMN process definition key of the cycle's default adoption step (a called process). */
    String ADOPTION_PROCESS_KEY = "concertoCycleAdoption";

    /**
     * Opens a plan's cycle: the plan and its cycle are created (from the template or carried over)
     * and the process starts with the consultation.
     *
     * @throws SecurityException if the user is not a facilitator
     */
    PlanCycle launch(UserAccount facilitator, CycleLaunch launch);
}
