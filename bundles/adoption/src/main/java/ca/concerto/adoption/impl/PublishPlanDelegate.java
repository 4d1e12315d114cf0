package ca.concerto.adoption.impl;

import static ca.concerto.adoption.impl.ProcessVariables.PLAN_ID;
import static ca.concerto.adoption.impl.ProcessVariables.PUBLISHED_BY;
import static ca.concerto.adoption.impl.ProcessVariables.PUBLISHED_ON;
import static ca.concerto.adoption.impl.ProcessVariables.REGROUPEMENT_ID;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import ca.concerto.plan.api.PlanService;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Service task {@code publish}: the adopted version is recorded as published on the date given. */
@Component(service = JavaDelegate.class, property = "concerto.delegate.name=concertoPublishPlan")
public class PublishPlanDelegate implements JavaDelegate {

    private final PlanService plans;

    @Activate
    public PublishPlanDelegate(@Reference PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.publish((String) execution.getVariable(REGROUPEMENT_ID), (Long) execution.getVariable(PLAN_ID),
                localDate((Date) execution.getVariable(PUBLISHED_ON)), (String) execution.getVariable(PUBLISHED_BY));
    }

    /** Date form fields arrive as the start of that day in the JVM's zone (TaskFormValidator). */
    static LocalDate localDate(Date date) {
        return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
}
