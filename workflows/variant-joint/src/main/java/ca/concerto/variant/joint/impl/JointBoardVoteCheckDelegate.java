package ca.concerto.variant.joint.impl;

import java.util.List;

import ca.concerto.plan.api.DecisionRuleException;
import ca.concerto.plan.api.Vote;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.osgi.service.component.annotations.Component;

/**
 * Service task {@code checkBoardVote} of cycle-adoption-joint.bpmn, right after the CA's decision:
 * the decision is recorded only once the partner has decided too, so a CA vote that cannot be
 * recorded (quorum not reached, resolution not carried: the store's rules) is refused now, while
 * the CA's task can still be corrected, rather than when the partner's decision is entered.
 */
@Component(service = JavaDelegate.class, property = "concerto.delegate.name=" + JointBoardVoteCheckDelegate.NAME)
public class JointBoardVoteCheckDelegate implements JavaDelegate {

    static final String NAME = "concertoJointBoardVoteCheck";

    @Override
    public void execute(DelegateExecution execution) {
        if (!"VOTE".equals(execution.getVariable("decisionMode"))) {
            return; // a written resolution's signatures are checked when it is recorded
        }
        Vote vote = new Vote(count(execution, "membersPresent"), count(execution, "quorum"),
                count(execution, "inFavour"), count(execution, "against"), count(execution, "abstentions"));
        if (!vote.quorumReached()) {
            throw new DecisionRuleException(DecisionRuleException.Rule.QUORUM_NOT_REACHED,
                    List.of(Integer.toString(vote.membersPresent()), Integer.toString(vote.quorum())),
                    "Quorum not reached: " + vote.membersPresent() + " present, " + vote.quorum() + " needed");
        }
        if (!vote.carried()) {
            throw new DecisionRuleException(DecisionRuleException.Rule.VOTE_DOES_NOT_CARRY,
                    List.of(Integer.toString(vote.inFavour()), Integer.toString(vote.against())),
                    "The resolution does not carry: " + vote.inFavour() + " pour, " + vote.against() + " contre");
        }
    }

    private static int count(DelegateExecution execution, String name) {
        return execution.getVariable(name) instanceof Number n ? Math.toIntExact(n.longValue()) : 0;
    }
}
