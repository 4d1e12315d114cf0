package ca.concerto.adoption.impl;

import static ca.concerto.adoption.impl.ProcessVariables.ABSTENTIONS;
import static ca.concerto.adoption.impl.ProcessVariables.ADOPTING_BODY;
import static ca.concerto.adoption.impl.ProcessVariables.AGAINST;
import static ca.concerto.adoption.impl.ProcessVariables.DECIDED_ON;
import static ca.concerto.adoption.impl.ProcessVariables.DECISION_MODE;
import static ca.concerto.adoption.impl.ProcessVariables.IN_FAVOUR;
import static ca.concerto.adoption.impl.ProcessVariables.MEMBERS_PRESENT;
import static ca.concerto.adoption.impl.ProcessVariables.QUORUM;
import static ca.concerto.adoption.impl.ProcessVariables.RESOLUTION_NUMBER;
import static ca.concerto.adoption.impl.ProcessVariables.SIGNATORIES;
import static ca.concerto.adoption.impl.ProcessVariables.COMMENT;
import static ca.concerto.adoption.impl.ProcessVariables.DECIDED_BY;
import static ca.concerto.adoption.impl.ProcessVariables.OUTCOME;
import static ca.concerto.adoption.impl.ProcessVariables.PLAN_ID;
import static ca.concerto.adoption.impl.ProcessVariables.REGROUPEMENT_ID;

import java.time.LocalDate;
import java.util.Date;

import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.DecisionRecord;
import ca.concerto.plan.api.Vote;
import ca.concerto.plan.api.WrittenResolution;
import ca.concerto.plan.api.PlanService;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Service task {@code recordDecision}: writes the body's decision to the plan's record; in a cycle
 * (the board task has a {@code decisionMode}), with its date, resolution number, and vote or
 * written resolution, which the store checks (quorum, carried, each director's signature).
 */
@Component(service = JavaDelegate.class, property = "concerto.delegate.name=concertoRecordAdoptionDecision")
public class RecordAdoptionDecisionDelegate implements JavaDelegate {

    private final PlanService plans;

    @Activate
    public RecordAdoptionDecisionDelegate(@Reference PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String regroupementId = (String) execution.getVariable(REGROUPEMENT_ID);
        Long planId = (Long) execution.getVariable(PLAN_ID);
        DecisionOutcome outcome = DecisionOutcome.valueOf((String) execution.getVariable(OUTCOME));
        String body = (String) execution.getVariable(ADOPTING_BODY);
        String decidedBy = (String) execution.getVariable(DECIDED_BY);
        String comment = (String) execution.getVariable(COMMENT);
        Object mode = execution.getVariable(DECISION_MODE);
        if (mode == null) {
            // the first adoption process: the outcome alone
            plans.recordDecision(regroupementId, planId, outcome, body, decidedBy, comment);
            return;
        }
        Vote vote = null;
        WrittenResolution written = null;
        LocalDate decidedOn = PublishPlanDelegate.localDate((Date) execution.getVariable(DECIDED_ON));
        if ("VOTE".equals(mode)) {
            vote = new Vote(count(execution, MEMBERS_PRESENT), count(execution, QUORUM), count(execution, IN_FAVOUR),
                    count(execution, AGAINST), count(execution, ABSTENTIONS));
        } else {
            written = new WrittenResolution(DecisionForms.signatories((String) execution.getVariable(SIGNATORIES)),
                    decidedOn);
        }
        plans.recordDecision(regroupementId, planId, new DecisionRecord(outcome, body, decidedOn,
                (String) execution.getVariable(RESOLUTION_NUMBER), vote, written, comment), decidedBy);
    }

    private static int count(DelegateExecution execution, String name) {
        return Math.toIntExact((Long) execution.getVariable(name));
    }
}
