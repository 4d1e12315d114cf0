package ca.concerto.variant.aga.impl;

import java.util.List;
import java.util.Map;

import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.PlanService;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Service task {@code checkVote} of cycle-adoption-aga.bpmn: at an assemblée générale each member
 * organization of the regroupement has one vote, so the vote recorded must be a vote, count no more
 * organizations present than the regroupement has members, and state the AGA's quorum (see
 * {@link AgaSettings#quorumFor}). Otherwise it throws {@link AgaVoteException}: the engine's
 * transaction rolls back, nothing is recorded and the task stays open. Whether the quorum is
 * reached and the vote carries is then checked by the store when the decision is recorded.
 * Sets {@code agaMemberOrganizations} (the count the vote was checked against).
 */
@Component(service = JavaDelegate.class, configurationPid = AgaSettings.PID,
        property = "concerto.delegate.name=" + AgaVoteCheckDelegate.NAME)
public class AgaVoteCheckDelegate implements JavaDelegate {

    static final String NAME = "concertoAgaVoteCheck";
    static final String MEMBER_ORGANIZATIONS = "agaMemberOrganizations";

    private final PlanService plans;
    private final AgaSettings settings;

    @Activate
    public AgaVoteCheckDelegate(@Reference PlanService plans, BundleContext context, Map<String, Object> properties) {
        this(plans, AgaSettings.of(properties, context::getProperty));
    }

    AgaVoteCheckDelegate(PlanService plans, AgaSettings settings) {
        this.plans = plans;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String regroupementId = (String) execution.getVariable("regroupementId");
        if (!"VOTE".equals(execution.getVariable("decisionMode"))) {
            throw new AgaVoteException(AgaVoteException.Problem.VOTE_REQUIRED, List.of(),
                    "L'assemblée générale adopte le plan par un vote, une voix par organisme membre : "
                            + "pas de résolution écrite / The general assembly adopts by a vote, one per member organization");
        }
        int members = (int) plans.organizations(regroupementId).stream()
                .filter(o -> o.kind() == Organization.OrganizationKind.MEMBER).count();
        if (members == 0) {
            throw new AgaVoteException(AgaVoteException.Problem.NO_MEMBER_ORGANIZATIONS, List.of(),
                    "Le regroupement " + regroupementId + " n'a aucun organisme membre : personne ne peut voter à "
                            + "l'assemblée générale / The regroupement has no member organization");
        }
        long present = number(execution, "membersPresent");
        long quorum = number(execution, "quorum");
        if (present > members) {
            throw new AgaVoteException(AgaVoteException.Problem.MORE_PRESENT_THAN_MEMBERS,
                    List.of(Long.toString(present), Integer.toString(members)),
                    present + " organismes membres présents, mais le regroupement n'en compte que " + members
                            + " / " + present + " member organizations present, the regroupement has " + members);
        }
        int required = settings.quorumFor(members);
        if (quorum != required) {
            throw new AgaVoteException(AgaVoteException.Problem.WRONG_QUORUM,
                    List.of(Long.toString(quorum), Integer.toString(required), Integer.toString(members)),
                    "Le quorum de l'assemblée générale est de " + required + " organismes membres sur " + members
                            + " (" + quorum + " indiqué) / The general assembly's quorum is " + required
                            + " member organizations of " + members + " (" + quorum + " given)");
        }
        execution.setVariable(MEMBER_ORGANIZATIONS, (long) members);
    }

    private static long number(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value instanceof Number n) {
            return n.longValue();
        }
        throw new AgaVoteException(AgaVoteException.Problem.VOTE_REQUIRED, List.of(name),
                "Le vote de l'assemblée générale n'indique pas " + name + " / The vote lacks " + name);
    }
}
