package ca.concerto.plan.api;

import java.util.List;

/**
 * A decision that the adopting body's rules do not allow: nothing was recorded. The screens show
 * {@link #rule()} in the user's language; {@link #details()} names what is missing (for example
 * the directors who did not sign).
 */
public class DecisionRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The rules of a decision record. */
    public enum Rule {
        /** Fewer members present than the quorum. */
        QUORUM_NOT_REACHED,
        /** Adopted although the vote does not carry (pour not above contre). */
        VOTE_DOES_NOT_CARRY,
        /** A written resolution not signed by each director; details: those missing. */
        SIGNATURES_MISSING,
        /** A written resolution signed by someone who is not a director; details: who. */
        NOT_A_DIRECTOR,
        /** The body requires a vote or a written resolution (decisions within a cycle). */
        VOTE_REQUIRED,
        /** The body has no voting members at all (an assembly of a regroupement without member organizations). */
        NO_VOTING_MEMBERS,
        /** More voting members present than the body has; details: present, members. */
        MORE_PRESENT_THAN_MEMBERS,
        /** The quorum given is not the body's own; details: given, the body's, members. */
        WRONG_QUORUM
    }

    private final Rule rule;
    private final List<String> details;

    public DecisionRuleException(Rule rule, List<String> details, String message) {
        super(message);
        this.rule = rule;
        this.details = List.copyOf(details);
    }

    public Rule rule() {
        return rule;
    }

    public List<String> details() {
        return details;
    }
}
