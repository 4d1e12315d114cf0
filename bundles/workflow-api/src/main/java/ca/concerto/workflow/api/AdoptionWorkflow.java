package ca.concerto.workflow.api;

import ca.concerto.identity.api.UserAccount;

import org.osgi.annotation.versioning.ProviderType;

/** Starts and follows a plan's adoption process. */
@ProviderType
public interface AdoptionWorkflow {

    /** BPMN process definition key of the adoption cycle. */
    String PROCESS_KEY = "concertoPlanAdoption";

    /**
     * Submits a plan of the facilitator's regroupement for adoption: the plan becomes
     * submitted and a board decision task is created, in one transaction.
     *
     * @return the process instance id
     * @throws SecurityException if the user is not a facilitator
     */
    String submitForAdoption(UserAccount facilitator, long planId);
}
