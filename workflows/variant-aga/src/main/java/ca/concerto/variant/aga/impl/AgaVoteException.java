package ca.concerto.variant.aga.impl;

import java.util.List;

/**
 * The vote recorded for an assemblée générale breaks the AGA's rules: nothing was recorded and the
 * task stays open. {@link #problem()} says which rule, {@link #details()} the numbers involved.
 */
public class AgaVoteException extends RuntimeException {

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
    private final List<String> details;

    AgaVoteException(Problem problem, List<String> details, String message) {
        super(message);
        this.problem = problem;
        this.details = List.copyOf(details);
    }

    public Problem problem() {
        return problem;
    }

    public List<String> details() {
        return details;
    }
}
