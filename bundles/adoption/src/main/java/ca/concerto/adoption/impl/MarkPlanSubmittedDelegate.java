package ca.concerto.adoption.impl;

import static ca.concerto.adoption.impl.ProcessVariables.PLAN_ID;
import static ca.concerto.adoption.impl.ProcessVariables.REGROUPEMENT_ID;

import ca.concerto.plan.api.PlanService;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Service task {@code markSubmitted}: the plan becomes submitted when its adoption starts or restarts. */
@Component(service = JavaDelegate.class, property = "concerto.delegate.name=concertoMarkPlanSubmitted")
public class MarkPlanSubmittedDelegate implements JavaDelegate {

    private final PlanService plans;

    @Activate
    public MarkPlanSubmittedDelegate(@Reference PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.markSubmitted((String) execution.getVariable(REGROUPEMENT_ID), (Long) execution.getVariable(PLAN_ID));
    }
}
