package ca.concerto.cycle.api;

import java.time.Instant;
import java.util.List;

import ca.concerto.plan.api.Organization;

/** An invited organization and what it sent, for the facilitator to see who answered. */
public record ConsultationAnswer(Organization organization, Instant invitedAt, List<ConsultationInput> inputs) {

    public ConsultationAnswer {
        inputs = List.copyOf(inputs);
    }

    public boolean answered() {
        return !inputs.isEmpty();
    }
}
