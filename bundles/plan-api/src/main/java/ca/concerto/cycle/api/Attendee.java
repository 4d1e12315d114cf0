package ca.concerto.cycle.api;

/**
 * A person present at a meeting, and the organization they represent.
 *
 * @param organizationId the {@link ca.concerto.plan.api.Organization} represented, null for a
 *                       person who came in their own name (a citizen, the facilitator)
 */
public record Attendee(String person, Long organizationId) {

    public Attendee {
        if (person == null || person.isBlank()) {
            throw new IllegalArgumentException("attendee.person is required");
        }
        person = person.strip();
    }
}
