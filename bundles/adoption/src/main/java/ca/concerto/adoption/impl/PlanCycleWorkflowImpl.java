package ca.concerto.adoption.impl;

import static ca.concerto.adoption.impl.ProcessVariables.*;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import ca.concerto.cycle.api.CycleLaunch;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanService;
import ca.concerto.workflow.api.AdoptionVariant;
import ca.concerto.workflow.api.PlanCycleWorkflow;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = PlanCycleWorkflow.class)
public class PlanCycleWorkflowImpl implements PlanCycleWorkflow {

    /** Framework property: time between follow-up meetings (ISO-8601 period or duration, e.g. P3M). */
    static final String FOLLOW_UP_EVERY_PROPERTY = "concerto.cycle.followUpEvery";
    /** Framework property: follow-up meetings before the annual bilan. */
    static final String FOLLOW_UPS_PER_YEAR_PROPERTY = "concerto.cycle.followUpsPerYear";

    /** The cycle's settings: deadlines of the board, rhythm of the follow-up. */
    record Settings(Duration boardReminderAfter, String followUpEvery, int followUpsPerYear) {
        static final Settings DEFAULT = new Settings(AdoptionWorkflowImpl.DEFAULT_REMINDER, "P3M", 4);
    }

    private final ProcessEngine engine;
    private final PlanService plans;
    private final PlanCycleService cycles;
    private final Settings settings;
    private final AdoptionVariants variants = new AdoptionVariants();

    @Activate
    public PlanCycleWorkflowImpl(@Reference ProcessEngine engine, @Reference PlanService plans,
                                 @Reference PlanCycleService cycles, BundleContext context) {
        this(engine, plans, cycles, new Settings(
                AdoptionWorkflowImpl.reminderDelay(context.getProperty(AdoptionWorkflowImpl.REMINDER_PROPERTY)),
                followUpEvery(context.getProperty(FOLLOW_UP_EVERY_PROPERTY)),
                followUpsPerYear(context.getProperty(FOLLOW_UPS_PER_YEAR_PROPERTY))));
    }

    PlanCycleWorkflowImpl(ProcessEngine engine, PlanService plans, PlanCycleService cycles, Settings settings) {
        this.engine = engine;
        this.plans = plans;
        this.cycles = cycles;
        this.settings = settings;
    }

    /** A regional variant arrives: its adoption step runs in the cycles of its regroupements. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addVariant(AdoptionVariant variant, Map<String, Object> properties) {
        variants.add(variant, properties);
    }

    void removeVariant(AdoptionVariant variant, Map<String, Object> properties) {
        variants.remove(properties);
    }

    @Override
    public PlanCycle launch(UserAccount facilitator, CycleLaunch launch) {
        if (!facilitator.hasRole(Role.FACILITATOR)) {
            throw new SecurityException(facilitator.username() + " is not a facilitator");
        }
        String regroupementId = facilitator.regroupementId();
        Optional<AdoptionVariant> variant = variants.forRegroupement(regroupementId);
        String adoptionStep = variant.map(AdoptionVariant::cycleAdoptionProcessKey).orElse(null);
        // a variant that only changes the first adoption process keeps the cycle's default step
        CycleLaunch effective = variant.filter(v -> v.cycleAdoptionProcessKey() != null)
                .map(v -> new CycleLaunch(launch.title(), launch.period(), launch.previousPlanId(), v.adoptingBody(),
                        launch.consultationDeadline()))
                .orElse(launch);
        PlanCycle cycle = cycles.launch(regroupementId, effective, facilitator.username());
        Plan plan = plans.findPlan(regroupementId, cycle.planId()).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put(CYCLE_ID, cycle.id());
        variables.put(PLAN_ID, plan.id());
        variables.put(REGROUPEMENT_ID, regroupementId);
        variables.put(PLAN_TITLE, plan.title());
        variables.put(SUBMITTED_BY, facilitator.username());
        variables.put(FACILITATOR_GROUP, TaskGroups.of(regroupementId, Role.FACILITATOR));
        variables.put(BOARD_GROUP, TaskGroups.of(regroupementId, Role.BOARD_MEMBER));
        variables.put(ADOPTING_BODY, cycle.adoptingBody());
        variables.put(CONSULTATION_DEADLINE_AT, CycleDeadlines.endOfDay(cycle.consultationDeadline()));
        variables.put(BOARD_REMINDER_AFTER, settings.boardReminderAfter().toString());
        variables.put(FOLLOW_UP_EVERY, settings.followUpEvery());
        variables.put(FOLLOW_UPS_PER_YEAR, settings.followUpsPerYear());
        variables.put(FOLLOW_UPS_HELD, 0);
        variables.put(ADOPTION_STEP, adoptionStep != null ? adoptionStep : ADOPTION_PROCESS_KEY);
        variant.filter(v -> v.cycleAdoptionProcessKey() != null)
                .ifPresent(v -> v.startVariables(plan).forEach(variables::putIfAbsent));
        ProcessInstance instance = EngineUser.call(engine, facilitator, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(PROCESS_KEY, AdoptionWorkflowImpl.businessKey(plan), variables));
        return cycles.attachProcess(regroupementId, cycle.id(), instance.getId());
    }

    static String followUpEvery(String configured) {
        if (configured == null || configured.isBlank()) {
            return Settings.DEFAULT.followUpEvery();
        }
        String value = configured.strip();
        try {
            Period period = Period.parse(value);
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException(FOLLOW_UP_EVERY_PROPERTY + " must be positive: " + configured);
            }
            return value;
        } catch (DateTimeParseException notAPeriod) {
            try {
                Duration duration = Duration.parse(value);
                if (duration.isNegative() || duration.isZero()) {
                    throw new IllegalArgumentException(FOLLOW_UP_EVERY_PROPERTY + " must be positive: " + configured);
                }
                return value;
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(FOLLOW_UP_EVERY_PROPERTY
                        + " is not an ISO-8601 period or duration such as P3M: " + configured, e);
            }
        }
    }

    static int followUpsPerYear(String configured) {
        if (configured == null || configured.isBlank()) {
            return Settings.DEFAULT.followUpsPerYear();
        }
        try {
            int count = Integer.parseInt(configured.strip());
            if (count < 1 || count > 12) {
                throw new IllegalArgumentException(FOLLOW_UPS_PER_YEAR_PROPERTY + " must be between 1 and 12: "
                        + configured);
            }
            return count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(FOLLOW_UPS_PER_YEAR_PROPERTY + " is not a number: " + configured, e);
        }
    }
}
