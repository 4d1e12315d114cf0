package ca.concerto.demo.impl;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanSummary;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Demonstration data: the TROC Montérégie with its facilitator, administrator and three board
 * members, and its real 2023-2024 plan d'action as a draft, ready to be submitted and adopted.
 *
 * <p>Does nothing unless the framework property {@value #ENABLE_PROPERTY} is {@code true}. Creates only
 * what is missing, so starting twice creates nothing twice.
 */
@Component(name = "ca.concerto.demo.DemoData", immediate = true, service = {})
public class DemoData {

    /** Framework (or system) property that turns the demo data on. */
    public static final String ENABLE_PROPERTY = "concerto.demo";
    public static final String REGROUPEMENT = "troc-monteregie";
    /** The demo password of every demo user. */
    static final String PASSWORD = "demo";
    static final String TROC_PLAN = "troc-monteregie-2023-2024.plan";

    private static final Logger LOG = System.getLogger(DemoData.class.getName());

    /** A demo user. */
    record DemoUser(String username, String displayName, Set<Role> roles) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Isabelle Lavoie", Set.of(Role.ADMINISTRATOR, Role.FACILITATOR)),
            new DemoUser("animateur", "Marie-Josée Gagnon", Set.of(Role.FACILITATOR)),
            new DemoUser("ca1", "Jean-François Bouchard", Set.of(Role.BOARD_MEMBER)),
            new DemoUser("ca2", "Nathalie Côté", Set.of(Role.BOARD_MEMBER)),
            new DemoUser("ca3", "Luc Pelletier", Set.of(Role.BOARD_MEMBER)));

    private final IdentityService identity;
    private final PlanService plans;

    @Activate
    public DemoData(@Reference(name = "identity") IdentityService identity,
                    @Reference(name = "plans") PlanService plans, BundleContext context) {
        this(identity, plans);
        String enabled = context.getProperty(ENABLE_PROPERTY);
        if (!Boolean.parseBoolean(enabled == null ? null : enabled.strip())) {
            LOG.log(Level.DEBUG, "Demo data off ({0} is not true)", ENABLE_PROPERTY);
            return;
        }
        try {
            Result result = seed();
            LOG.log(Level.INFO, "Demo data: {0} user(s) and {1} plan(s) created", result.users().size(),
                    result.plans().size());
        } catch (RuntimeException e) {
            // Never keep the bundle from starting for demo data
            LOG.log(Level.ERROR, "Demo data could not be created", e);
        }
    }

    DemoData(IdentityService identity, PlanService plans) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.plans = Objects.requireNonNull(plans, "plans");
    }

    /** What one run created. */
    record Result(List<String> users, List<Long> plans) {
    }

    /** Creates the demo users and plans that do not exist yet. */
    Result seed() {
        List<String> createdUsers = new ArrayList<>();
        for (DemoUser user : USERS) {
            if (identity.findUser(user.username()).isPresent()) {
                continue;
            }
            try {
                identity.createUser(user.username(), user.displayName(), REGROUPEMENT, user.roles(),
                        PASSWORD.toCharArray());
                createdUsers.add(user.username());
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Demo user " + user.username() + " not created: " + e.getMessage());
            }
        }

        List<Long> createdPlans = new ArrayList<>();
        PlanDraft troc = PlanFile.load(TROC_PLAN);
        if (!exists(REGROUPEMENT, troc)) {
            createdPlans.add(plans.createPlan(REGROUPEMENT, troc, "animateur").id());
        }
        return new Result(createdUsers, createdPlans);
    }

    private boolean exists(String regroupementId, PlanDraft draft) {
        for (PlanSummary summary : plans.listPlans(regroupementId)) {
            if (draft.title().equals(summary.title()) && Objects.equals(draft.period(), summary.period())) {
                return true;
            }
        }
        return false;
    }
}
