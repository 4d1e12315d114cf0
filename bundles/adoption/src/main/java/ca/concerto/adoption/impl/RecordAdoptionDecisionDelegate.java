package ca.concerto.adoption.impl;

import static ca.concerto.adoption.impl.ProcessVariables.ADOPTING_BODY;
import static ca.concerto.adoption.impl.ProcessVariables.COMMENT;
import static ca.concerto.adoption.impl.ProcessVariables.DECIDED_BY;
import static ca.concerto.adoption.impl.ProcessVariables.OUTCOME;
import static ca.concerto.adoption.impl.ProcessVariables.PLAN_ID;
import static ca.concerto.adoption.impl.ProcessVariables.REGROUPEMENT_ID;

import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.PlanService;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Service task {@code recordDecision}: writes the board's decision to the plan's record. */
@Component(service = JavaDelegate.class, property = "concerto.delegate.name=concertoRecordAdoptionDecision")
public class RecordAdoptionDecisionDelegate implements JavaDelegate {

    private final PlanService plans;

    @Activate
    public RecordAdoptionDecisionDelegate(@Reference PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.recordDecision(
                (String) execution.getVariable(REGROUPEMENT_ID),
                (Long) execution.getVariable(PLAN_ID),
                DecisionOutcome.valueOf((String) execution.getVariable(OUTCOME)),
                (String) execution.getVariable(ADOPTING_BODY),
                (String) execution.getVariable(DECIDED_BY),
                (String) execution.getVariable(COMMENT));
    }
}
