package ca.concerto.demo.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.PlanSummary;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;

class DemoDataTest {

    /** In-memory identity service. */
    static class FakeIdentity implements IdentityService {
        final Map<String, UserAccount> users = new LinkedHashMap<>();
        final Map<String, String> passwords = new LinkedHashMap<>();

        @Override
        public Optional<UserAccount> authenticate(String username, char[] password) {
            return findUser(username).filter(u -> passwords.get(username).equals(new String(password)));
        }

        @Override
        public Optional<UserAccount> findUser(String username) {
            return Optional.ofNullable(users.get(username));
        }

        @Override
        public List<UserAccount> usersOf(String regroupementId) {
            return users.values().stream().filter(u -> u.regroupementId().equals(regroupementId)).toList();
        }

        @Override
        public UserAccount createUser(String username, String displayName, String regroupementId, Set<Role> roles,
                                      char[] password) {
            if (users.containsKey(username)) {
                throw new IllegalArgumentException("taken: " + username);
            }
            UserAccount user = new UserAccount(username, displayName, regroupementId, roles, "fr");
            users.put(username, user);
            passwords.put(username, new String(password));
            return user;
        }

        @Override
        public boolean hasAdministrator() {
            return users.values().stream().anyMatch(u -> u.hasRole(Role.ADMINISTRATOR));
        }
    }

    /** In-memory plan store: only what the demo data uses. */
    static final class FakePlans implements PlanService {
        final Map<Long, Plan> plans = new LinkedHashMap<>();
        final List<String> creators = new ArrayList<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public List<PlanSummary> listPlans(String regroupementId) {
            return plans.values().stream().filter(p -> p.regroupementId().equals(regroupementId))
                    .map(Plan::summary).toList();
        }

        @Override
        public Optional<Plan> findPlan(String regroupementId, long planId) {
            return Optional.ofNullable(plans.get(planId)).filter(p -> p.regroupementId().equals(regroupementId));
        }

        @Override
        public Plan createPlan(String regroupementId, PlanDraft draft, String createdBy) {
            long id = ids.incrementAndGet();
            List<ca.concerto.plan.api.Objective> objectives = new ArrayList<>();
            for (PlanDraft.ObjectiveDraft o : draft.objectives()) {
                List<ca.concerto.plan.api.Action> actions = new ArrayList<>();
                for (PlanDraft.ActionDraft a : o.actions()) {
                    actions.add(new ca.concerto.plan.api.Action(ids.incrementAndGet(), "", a.title(),
                            a.responsible(), a.schedule()));
                }
                objectives.add(new ca.concerto.plan.api.Objective(ids.incrementAndGet(), "", o.title(), actions));
            }
            Plan plan = new Plan(id, regroupementId, draft.title(), draft.period(), draft.mission(),
                    PlanStatus.DRAFT, 1, Instant.now(), createdBy, objectives);
            plans.put(id, plan);
            creators.add(createdBy);
            return plan;
        }

        @Override
        public Plan markSubmitted(String regroupementId, long planId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AdoptionDecision recordDecision(String regroupementId, long planId, DecisionOutcome outcome,
                                               String body, String decidedBy, String comment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AdoptionDecision> decisions(String regroupementId, long planId) {
            return List.of();
        }

        @Override
        public List<Organization> organizations(String regroupementId) {
            return List.of();
        }

        @Override
        public Organization addOrganization(String regroupementId, String name, Organization.OrganizationKind kind) {
            throw new UnsupportedOperationException();
        }
    }

    private static BundleContext contextWith(String demoProperty) {
        return (BundleContext) Proxy.newProxyInstance(DemoDataTest.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getProperty") && DemoData.ENABLE_PROPERTY.equals(args[0])) {
                        return demoProperty;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void activationWithTheFlagCreatesUsersAndPlanOnce() {
        FakeIdentity identity = new FakeIdentity();
        FakePlans plans = new FakePlans();

        new DemoData(identity, plans, contextWith("true"));
        assertEquals(List.of("admin", "animateur", "ca1", "ca2", "ca3"), List.copyOf(identity.users.keySet()));
        assertEquals(1, plans.plans.size());

        new DemoData(identity, plans, contextWith("true"));
        assertEquals(5, identity.users.size());
        assertEquals(1, plans.plans.size());
    }

    @Test
    void activationWithoutTheFlagDoesNothing() {
        FakeIdentity identity = new FakeIdentity();
        FakePlans plans = new FakePlans();
        new DemoData(identity, plans, contextWith(null));
        new DemoData(identity, plans, contextWith("false"));
        new DemoData(identity, plans, contextWith("yes"));
        assertTrue(identity.users.isEmpty());
        assertTrue(plans.plans.isEmpty());
    }

    @Test
    void usersHaveTheirRolesRegroupementAndPassword() {
        FakeIdentity identity = new FakeIdentity();
        DemoData.Result result = new DemoData(identity, new FakePlans()).seed();
        assertEquals(5, result.users().size());

        UserAccount admin = identity.findUser("admin").orElseThrow();
        assertEquals(Set.of(Role.ADMINISTRATOR, Role.FACILITATOR), admin.roles());
        assertEquals(Set.of(Role.FACILITATOR), identity.findUser("animateur").orElseThrow().roles());
        for (String board : List.of("ca1", "ca2", "ca3")) {
            assertEquals(Set.of(Role.BOARD_MEMBER), identity.findUser(board).orElseThrow().roles());
        }
        for (UserAccount user : identity.users.values()) {
            assertEquals("troc-monteregie", user.regroupementId());
            assertTrue(identity.authenticate(user.username(), "demo".toCharArray()).isPresent());
            assertTrue(user.displayName().contains(" "), user.displayName());
        }
    }

    @Test
    void onlyMissingUsersAreCreated() {
        FakeIdentity identity = new FakeIdentity();
        identity.createUser("ca2", "Déjà là", "troc-monteregie", Set.of(Role.BOARD_MEMBER), "autre".toCharArray());
        DemoData.Result result = new DemoData(identity, new FakePlans()).seed();
        assertEquals(List.of("admin", "animateur", "ca1", "ca3"), result.users());
        assertEquals("Déjà là", identity.findUser("ca2").orElseThrow().displayName());
    }

    @Test
    void aRejectedUserDoesNotStopTheRest() {
        FakeIdentity identity = new FakeIdentity() {
            @Override
            public UserAccount createUser(String username, String displayName, String regroupementId,
                                          Set<Role> roles, char[] password) {
                if (username.equals("ca1")) {
                    throw new IllegalArgumentException("password too short");
                }
                return super.createUser(username, displayName, regroupementId, roles, password);
            }
        };
        FakePlans plans = new FakePlans();
        DemoData.Result result = new DemoData(identity, plans).seed();
        assertEquals(List.of("admin", "animateur", "ca2", "ca3"), result.users());
        assertEquals(1, result.plans().size());
    }

    @Test
    void theTrocPlanIsTranscribedFaithfully() {
        FakePlans plans = new FakePlans();
        new DemoData(new FakeIdentity(), plans).seed();
        Plan plan = plans.plans.values().iterator().next();

        assertEquals("troc-monteregie", plan.regroupementId());
        assertEquals("Plan d'action TROC Montérégie 2023-2024", plan.title());
        assertEquals("2023-2024", plan.period());
        assertEquals(PlanStatus.DRAFT, plan.status());
        assertEquals(List.of("animateur"), plans.creators);
        assertTrue(plan.mission().startsWith("C'est avec plaisir que le conseil d'administration de la TROC"));
        assertTrue(plan.mission().contains("quatre grandes orientations"));
        assertEquals(4, plan.mission().split("\n\n").length);

        assertEquals(List.of(
                "Financement, reconnaissance et visibilité des organismes communautaires autonomes",
                "Relations entre les CISSS et le MSSS et les organismes communautaires",
                "Le renforcement de la vie associative",
                "Justice sociale, enjeux sociaux régionaux et nationaux"),
                plan.objectives().stream().map(ca.concerto.plan.api.Objective::title).toList());
        assertEquals(List.of(6, 4, 6, 15),
                plan.objectives().stream().map(o -> o.actions().size()).toList());

        ca.concerto.plan.api.Action first = plan.objectives().get(0).actions().get(0);
        assertTrue(first.title().startsWith("Que la TROC Montérégie fasse des représentations"));
        assertEquals("TROC Montérégie", first.responsible());
        assertEquals(null, first.schedule());
        ca.concerto.plan.api.Action permanence = plan.objectives().get(3).actions().get(1);
        assertEquals("Que la permanence de la TROC Montérégie soutienne les délégués et la réflexion des tables "
                + "locales en itinérance.", permanence.title());
        assertEquals("Permanence de la TROC Montérégie", permanence.responsible());
        ca.concerto.plan.api.Action last = plan.objectives().get(3).actions().get(14);
        assertTrue(last.title().contains("rencontre le JAG"));
        // no Markdown or layout residue from the converted document
        plan.objectives().stream().flatMap(o -> o.actions().stream()).forEach(a -> {
            assertTrue(!a.title().contains("*") && !a.title().contains("^") && !a.title().contains("|"), a.title());
            assertTrue(a.title().startsWith("Que "), a.title());
        });
    }

    @Test
    void planFileRejectsMalformedLines() {
        assertThrows(IllegalArgumentException.class, () -> PlanFile.parse("periode: 2023-2024"));
        assertThrows(IllegalArgumentException.class, () -> PlanFile.parse("titre: T\naction: sans objectif"));
        assertThrows(IllegalArgumentException.class, () -> PlanFile.parse("titre: T\ninconnu: x"));
        PlanDraft draft = PlanFile.parse("# note\ntitre: T\n\nobjectif: O\naction: A | | Automne 2024\n");
        assertEquals(new PlanDraft.ActionDraft("A", null, "Automne 2024"), draft.objectives().get(0).actions().get(0));
        assertEquals(null, draft.mission());
    }
}
