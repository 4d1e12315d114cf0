package ca.concerto.adoption.impl;

import static ca.concerto.adoption.impl.ProcessVariables.*;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.InvalidPlanStateException;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.workflow.api.AdoptionVariant;
import ca.concerto.workflow.api.AdoptionWorkflow;
import ca.concerto.workflow.api.TaskKind;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.task.Task;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = AdoptionWorkflow.class)
public class AdoptionWorkflowImpl implements AdoptionWorkflow {

    /** Framework property: how long the board may take before a reminder (ISO-8601, e.g. P14D). */
    static final String REMINDER_PROPERTY = "concerto.adoption.boardReminderAfter";
    static final Duration DEFAULT_REMINDER = Duration.ofDays(14);

    private final ProcessEngine engine;
    private final PlanService plans;
    private final Duration boardReminderAfter;
    private final AdoptionVariants variants = new AdoptionVariants();

    @Activate
    public AdoptionWorkflowImpl(@Reference ProcessEngine engine, @Reference PlanService plans, BundleContext context) {
        this(engine, plans, reminderDelay(context.getProperty(REMINDER_PROPERTY)));
    }

    AdoptionWorkflowImpl(ProcessEngine engine, PlanService plans, Duration boardReminderAfter) {
        this.engine = engine;
        this.plans = plans;
        this.boardReminderAfter = boardReminderAfter;
    }

    /** A regional variant of the cycle arrives (a module was installed). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addVariant(AdoptionVariant variant, Map<String, Object> properties) {
        variants.add(variant, properties);
    }

    void removeVariant(AdoptionVariant variant, Map<String, Object> properties) {
        variants.remove(properties);
    }

    /**
     * The configured delay, or the default.
     *
     * @throws IllegalArgumentException if the property is set but not a positive ISO-8601 duration
     */
    static Duration reminderDelay(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_REMINDER;
        }
        try {
            Duration delay = Duration.parse(configured.strip());
            if (delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException(REMINDER_PROPERTY + " must be positive: " + configured);
            }
            return delay;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(REMINDER_PROPERTY + " is not an ISO-8601 duration such as P14D: "
                    + configured, e);
        }
    }

    @Override
    public String submitForAdoption(UserAccount facilitator, long planId) {
        if (!facilitator.hasRole(Role.FACILITATOR)) {
            throw new SecurityException(facilitator.username() + " is not a facilitator");
        }
        String regroupementId = facilitator.regroupementId();
        Plan plan = plans.findPlan(regroupementId, planId).orElseThrow(() -> new PlanNotFoundException(planId));
        return switch (plan.status()) {
            case DRAFT -> start(facilitator, plan);
            case CHANGES_REQUESTED -> resubmit(facilitator, plan);
            default -> throw new InvalidPlanStateException(planId, plan.status(), "submit for adoption");
        };
    }

    /**
     * Starts the regroupement's variant of the cycle, or the default one. The plan's status is set
     * by the process's first service task, inside the engine's command.
     */
    private String start(UserAccount facilitator, Plan plan) {
        Optional<AdoptionVariant> variant = variants.forRegroupement(plan.regroupementId());
        Map<String, Object> variables = new HashMap<>();
        variables.put(PLAN_ID, plan.id());
        variables.put(REGROUPEMENT_ID, plan.regroupementId());
        variables.put(PLAN_TITLE, plan.title());
        variables.put(SUBMITTED_BY, facilitator.username());
        variables.put(BOARD_GROUP, TaskGroups.of(plan.regroupementId(), Role.BOARD_MEMBER));
        variables.put(FACILITATOR_GROUP, TaskGroups.of(plan.regroupementId(), Role.FACILITATOR));
        variables.put(ADOPTING_BODY, variant.map(AdoptionVariant::adoptingBody).orElse(BOARD));
        variables.put(BOARD_REMINDER_AFTER, boardReminderAfter.toString());
        variant.ifPresent(v -> v.startVariables(plan).forEach(variables::putIfAbsent));
        return engine.getRuntimeService()
                .startProcessInstanceByKey(variant.map(AdoptionVariant::processKey).orElse(PROCESS_KEY),
                        businessKey(plan), variables)
                .getId();
    }

    /** A plan sent back for changes has a waiting revision task; completing it resubmits the plan. */
    private String resubmit(UserAccount facilitator, Plan plan) {
        Task revision = engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(businessKey(plan))
                .taskDefinitionKey(TaskKind.REVISE_PLAN.taskDefinitionKey())
                .active()
                .singleResult();
        if (revision == null) {
            throw new InvalidPlanStateException(plan.id(), PlanStatus.CHANGES_REQUESTED, "find the revision task");
        }
        // As the facilitator, so that the task's history says who took and completed the revision.
        EngineUser.run(engine, facilitator, () -> {
            engine.getTaskService().setAssignee(revision.getId(), facilitator.username());
            engine.getTaskService().complete(revision.getId(), Map.of(SUBMITTED_BY, facilitator.username()));
        });
        return revision.getProcessInstanceId();
    }

    static String businessKey(Plan plan) {
        return plan.regroupementId() + ":plan:" + plan.id();
    }
}
