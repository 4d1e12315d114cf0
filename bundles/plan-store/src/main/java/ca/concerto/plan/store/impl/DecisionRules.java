package ca.concerto.plan.store.impl;

import java.util.List;
import java.util.Set;

import ca.concerto.plan.api.DecisionRecord;
import ca.concerto.plan.api.DecisionRuleException;
import ca.concerto.plan.api.DecisionRuleException.Rule;
import ca.concerto.plan.api.Vote;
import ca.concerto.plan.api.WrittenResolution;

/** The rules an adopting body's decision record must follow before it is written. */
final class DecisionRules {

    private DecisionRules() {
    }

    /**
     * @param directors usernames of the body's directors (who must all sign a written resolution)
     * @throws DecisionRuleException naming the first rule broken
     */
    static void check(DecisionRecord record, Set<String> directors) {
        Vote vote = record.vote();
        if (vote != null) {
            if (!vote.quorumReached()) {
                throw new DecisionRuleException(Rule.QUORUM_NOT_REACHED,
                        List.of(Integer.toString(vote.membersPresent()), Integer.toString(vote.quorum())),
                        "Quorum not reached: " + vote.membersPresent() + " present, " + vote.quorum() + " needed");
            }
            if (!vote.carried()) {
                throw new DecisionRuleException(Rule.VOTE_DOES_NOT_CARRY,
                        List.of(Integer.toString(vote.inFavour()), Integer.toString(vote.against())),
                        "The resolution does not carry: " + vote.inFavour() + " pour, " + vote.against() + " contre");
            }
        }
        WrittenResolution written = record.writtenResolution();
        if (written != null) {
            List<String> strangers = written.signatories().stream().filter(s -> !directors.contains(s)).toList();
            if (!strangers.isEmpty()) {
                throw new DecisionRuleException(Rule.NOT_A_DIRECTOR, strangers,
                        "Not directors of this body: " + strangers);
            }
            List<String> missing = directors.stream().filter(d -> !written.signatories().contains(d)).toList();
            if (!missing.isEmpty() || directors.isEmpty()) {
                throw new DecisionRuleException(Rule.SIGNATURES_MISSING, missing,
                        "A written resolution must be signed by each director; missing: " + missing);
            }
        }
    }
}
