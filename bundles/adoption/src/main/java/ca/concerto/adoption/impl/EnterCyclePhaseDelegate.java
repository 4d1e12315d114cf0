package ca.concerto.adoption.impl;

import static ca.concerto.adoption.impl.ProcessVariables.COMMENT_DEADLINE_AT;
import static ca.concerto.adoption.impl.ProcessVariables.CYCLE_ID;
import static ca.concerto.adoption.impl.ProcessVariables.DRAFTING_COMMITTEE;
import static ca.concerto.adoption.impl.ProcessVariables.REGROUPEMENT_ID;

import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.cycle.api.PlanCycleService;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The service tasks that open each phase of plan-cycle.bpmn (input parameter {@code phase}):
 * records the phase in the cycle; entering the drafting, hands its tasks to the comité de
 * rédaction; entering the comments, arms the comment period's deadline.
 */
@Component(service = JavaDelegate.class, property = "concerto.delegate.name=concertoEnterCyclePhase")
public class EnterCyclePhaseDelegate implements JavaDelegate {

    static final String PHASE = "phase";

    private final PlanCycleService cycles;

    @Activate
    public EnterCyclePhaseDelegate(@Reference PlanCycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CyclePhase phase = CyclePhase.valueOf((String) execution.getVariableLocal(PHASE));
        String regroupementId = (String) execution.getVariable(REGROUPEMENT_ID);
        PlanCycle cycle = cycles.enterPhase(regroupementId, (Long) execution.getVariable(CYCLE_ID), phase);
        if (phase == CyclePhase.DRAFTING) {
            if (cycle.draftingCommittee().isEmpty()) {
                // the task inbox refuses to end the rencontres before; this guards direct engine calls
                throw new IllegalStateException("Cycle " + cycle.id() + " has no comité de rédaction");
            }
            execution.setVariable(DRAFTING_COMMITTEE, String.join(",", cycle.draftingCommittee()));
        } else if (phase == CyclePhase.COMMENTS) {
            execution.setVariable(COMMENT_DEADLINE_AT, CycleDeadlines.endOfDay(cycle.commentDeadline()));
        }
    }
}
