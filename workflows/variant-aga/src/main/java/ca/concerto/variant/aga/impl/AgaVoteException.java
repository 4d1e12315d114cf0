package ca.concerto.variant.aga.impl;

import ca.concerto.plan.api.DecisionRuleException;

import java.util.List;

/**
 * The vote recorded for an assemblée générale breaks the AGA's rules: nothing was recorded and the
 * task stays open. {@link #problem()} says which rule, {@link #details()} the numbers involved; as a
 * {@link DecisionRuleException}, the screens show it in words like the core's own rules.
 */
public class AgaVoteException extends DecisionRuleException {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        /** An assembly votes: no written resolution. */
        VOTE_REQUIRED,
        /** The regroupement has no member organization: nobody can vote. Details: none. */
        NO_MEMBER_ORGANIZATIONS,
        /** More organizations present than the regroupement has members. Details: present, members. */
        MORE_PRESENT_THAN_MEMBERS,
        /** The quorum given is not the AGA's. Details: given, the AGA's, members. */
        WRONG_QUORUM
    }

    private final Problem problem;

    AgaVoteException(Problem problem, List<String> details, String message) {
        super(rule(problem), details, message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    private static Rule rule(Problem problem) {
        return switch (problem) {
            case VOTE_REQUIRED -> Rule.VOTE_REQUIRED;
            case NO_MEMBER_ORGANIZATIONS -> Rule.NO_VOTING_MEMBERS;
            case MORE_PRESENT_THAN_MEMBERS -> Rule.MORE_PRESENT_THAN_MEMBERS;
            case WRONG_QUORUM -> Rule.WRONG_QUORUM;
        };
    }
}
