package ca.concerto.demo.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Regroupement;
import ca.concerto.identity.api.RegroupementService;
import ca.concerto.identity.api.LastAdministratorException;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.api.PlanVersion;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.interchange.impl.PlanInterchangeImpl;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import ca.concerto.plan.testing.UnsupportedPlanDocumentService;
import ca.concerto.plan.testing.UnsupportedIdentityService;
import ca.concerto.plan.testing.UnsupportedPlanService;

class DemoDataTest {

    static final PlanInterchange INTERCHANGE = new PlanInterchangeImpl();

    /** In-memory document store over {@link FakePlans}: only importDocument and document are used. */
    static class FakeDocuments extends UnsupportedPlanDocumentService {
        final FakePlans plans;
        final Map<Long, PlanDocument> documents = new LinkedHashMap<>();
        final List<String> importers = new ArrayList<>();

        FakeDocuments(FakePlans plans) {
            this.plans = plans;
        }

        @Override
        public PlanSummary importDocument(String regroupementId, PlanDocument document, String importedBy) {
            Plan plan = plans.createPlan(regroupementId, new PlanDraft(document.title(), document.period().text(),
                    null, List.of()), importedBy);
            documents.put(plan.id(), document);
            importers.add(importedBy);
            return plan.summary();
        }

        @Override
        public Optional<PlanDocument> document(String regroupementId, long planId) {
            return plans.findPlan(regroupementId, planId).map(p -> documents.get(planId));
        }
    }

    /** The regroupements of the fake identity's users, named by their identifier until renamed. */
    static final class FakeRegroupements implements RegroupementService {
        final IdentityService identity;
        final Map<String, String> names = new HashMap<>();

        FakeRegroupements(IdentityService identity) {
            this.identity = identity;
        }

        @Override
        public List<Regroupement> all() {
            return identity.regroupements().stream().map(id -> new Regroupement(id, names.getOrDefault(id, id)))
                    .sorted(Comparator.comparing(Regroupement::name)).toList();
        }

        @Override
        public Regroupement open(String id, String name, String username, String displayName, char[] password) {
            throw new UnsupportedOperationException("the demo opens no regroupement");
        }

        @Override
        public Regroupement rename(String id, String name) {
            names.put(id, name);
            return new Regroupement(id, name);
        }
    }

    static DemoData demo(IdentityService identity, FakePlans plans) {
        return demo(identity, plans, new FakeDocuments(plans));
    }

    static DemoData demo(IdentityService identity, FakePlans plans, PlanDocumentService documents) {
        return new DemoData(identity, new FakeRegroupements(identity), plans, documents, INTERCHANGE);
    }

    /** The plan file as the plan-interchange module holds it (on the test class path from its jar). */
    static String interchangeFile(String name) throws IOException {
        try (InputStream in = PlanInterchangeImpl.class.getResourceAsStream("/plans/" + name)) {
            assertTrue(in != null, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** In-memory identity service. */
    static class FakeIdentity extends UnsupportedIdentityService {
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
        public List<String> regroupements() {
            return users.values().stream().map(UserAccount::regroupementId).distinct().sorted().toList();
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
        public UserAccount changeLanguage(String username, String language) {
            UserAccount user = users.get(username);
            if (user == null || !LANGUAGES.contains(language)) {
                throw new IllegalArgumentException(username + " / " + language);
            }
            UserAccount changed = new UserAccount(user.username(), user.displayName(), user.regroupementId(), user.roles(),
                    language);
            users.put(username, changed);
            return changed;
        }

        @Override
        public UserAccount changeRoles(String regroupementId, String username, Set<Role> roles) {
            UserAccount user = users.get(username);
            if (user == null || !user.regroupementId().equals(regroupementId) || roles == null) {
                throw new IllegalArgumentException("No user " + username + " in this regroupement");
            }
            if (user.hasRole(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)
                    && usersOf(regroupementId).stream().filter(u -> u.hasRole(Role.ADMINISTRATOR)).count() <= 1) {
                throw new LastAdministratorException(regroupementId, username);
            }
            UserAccount changed = new UserAccount(username, user.displayName(), regroupementId, roles,
                    user.language());
            users.put(username, changed);
            return changed;
        }

        @Override
        public boolean hasAdministrator() {
            return users.values().stream().anyMatch(u -> u.hasRole(Role.ADMINISTRATOR));
        }
    }

    /** In-memory plan store: only what the demo data uses. */
    static final class FakePlans extends UnsupportedPlanService {
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
        public List<ca.concerto.plan.api.Publication> publications(String regroupementId, long planId) {
            return List.of();
        }

        @Override
        public List<AdoptionDecision> decisions(String regroupementId, long planId) {
            return List.of();
        }

        final List<Organization> organizations = new java.util.ArrayList<>();

        @Override
        public List<Organization> organizations(String regroupementId) {
            return organizations.stream().filter(o -> o.regroupementId().equals(regroupementId)).toList();
        }

        @Override
        public Organization addOrganization(String regroupementId, String name, Organization.OrganizationKind kind) {
            Organization created = new Organization(organizations.size() + 1, regroupementId, name, kind);
            organizations.add(created);
            return created;
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

    static final List<String> ALL_USERS = List.of("admin", "animateur", "ca1", "ca2", "ca3", "redaction", "membre",
            "animateur-rop", "ca1-rop", "ca2-rop", "ca3-rop", "animateur-cds", "ca1-cds", "ca2-cds", "ca3-cds");

    @Test
    void activationWithTheFlagCreatesUsersAndPlansOnce() {
        FakeIdentity identity = new FakeIdentity();
        FakePlans plans = new FakePlans();
        FakeDocuments documents = new FakeDocuments(plans);
        FakeRegroupements regroupements = new FakeRegroupements(identity);

        new DemoData(identity, regroupements, plans, documents, INTERCHANGE, contextWith("true"));
        assertEquals(ALL_USERS, List.copyOf(identity.users.keySet()));
        assertEquals(3, plans.plans.size());
        assertEquals(3, documents.documents.size());
        assertEquals(4, plans.organizations("troc-monteregie").stream()
                .filter(o -> o.kind() == Organization.OrganizationKind.MEMBER).count());

        new DemoData(identity, regroupements, plans, documents, INTERCHANGE, contextWith("true"));
        assertEquals(15, identity.users.size());
        assertEquals(3, plans.plans.size(), "idempotent");
        assertEquals(5, plans.organizations("troc-monteregie").size(), "idempotent");
    }

    /** The demo's regroupements get their names, unless an administrator has named one already. */
    @Test
    void theDemosRegroupementsAreNamedOnceAndANameGivenIsKept() {
        FakeIdentity identity = new FakeIdentity();
        FakePlans plans = new FakePlans();
        FakeRegroupements regroupements = new FakeRegroupements(identity);
        identity.createUser("admin-rop", "Admin", "rop-mauricie", Set.of(Role.ADMINISTRATOR), "secret".toCharArray());
        regroupements.rename("rop-mauricie", "Regroupement des organismes de personnes handicapées de la Mauricie");

        new DemoData(identity, regroupements, plans, new FakeDocuments(plans), INTERCHANGE).seed();

        assertEquals(List.of(new Regroupement("cds-mauricie", "Consortium en développement social de la Mauricie"),
                new Regroupement("rop-mauricie", "Regroupement des organismes de personnes handicapées de la Mauricie"),
                new Regroupement("troc-monteregie", "TROC Montérégie")), regroupements.all());
    }

    @Test
    void activationWithoutTheFlagDoesNothing() {
        FakeIdentity identity = new FakeIdentity();
        FakePlans plans = new FakePlans();
        FakeDocuments documents = new FakeDocuments(plans);
        FakeRegroupements regroupements = new FakeRegroupements(identity);
        new DemoData(identity, regroupements, plans, documents, INTERCHANGE, contextWith(null));
        new DemoData(identity, regroupements, plans, documents, INTERCHANGE, contextWith("false"));
        new DemoData(identity, regroupements, plans, documents, INTERCHANGE, contextWith("yes"));
        assertTrue(identity.users.isEmpty());
        assertTrue(plans.plans.isEmpty());
    }

    @Test
    void usersHaveTheirRolesRegroupementAndPassword() {
        FakeIdentity identity = new FakeIdentity();
        DemoData.Result result = demo(identity, new FakePlans()).seed();
        assertEquals(15, result.users().size());

        UserAccount admin = identity.findUser("admin").orElseThrow();
        assertEquals(Set.of(Role.ADMINISTRATOR, Role.FACILITATOR, Role.PLATFORM_ADMINISTRATOR), admin.roles(),
                "the demo's administrator runs the platform: she may work in each demo regroupement");
        assertEquals(Set.of(Role.FACILITATOR), identity.findUser("animateur").orElseThrow().roles());
        for (String board : List.of("ca1", "ca2", "ca3")) {
            assertEquals(Set.of(Role.BOARD_MEMBER), identity.findUser(board).orElseThrow().roles());
            assertEquals("troc-monteregie", identity.findUser(board).orElseThrow().regroupementId());
        }
        for (String suffix : List.of("rop", "cds")) {
            String regroupement = suffix + "-mauricie";
            UserAccount facilitator = identity.findUser("animateur-" + suffix).orElseThrow();
            assertEquals(Set.of(Role.FACILITATOR), facilitator.roles());
            assertEquals(regroupement, facilitator.regroupementId());
            for (int i = 1; i <= 3; i++) {
                UserAccount board = identity.findUser("ca" + i + "-" + suffix).orElseThrow();
                assertEquals(Set.of(Role.BOARD_MEMBER), board.roles());
                assertEquals(regroupement, board.regroupementId());
            }
        }
        assertEquals(7, identity.usersOf("troc-monteregie").size());
        assertEquals(Set.of(Role.MEMBER), identity.findUser("redaction").orElseThrow().roles());
        for (UserAccount user : identity.users.values()) {
            assertTrue(identity.authenticate(user.username(), "demo".toCharArray()).isPresent());
            assertTrue(user.displayName().contains(" "), user.displayName());
        }
    }

    @Test
    void onlyMissingUsersAreCreated() {
        FakeIdentity identity = new FakeIdentity();
        identity.createUser("ca2", "Déjà là", "troc-monteregie", Set.of(Role.BOARD_MEMBER), "autre".toCharArray());
        DemoData.Result result = demo(identity, new FakePlans()).seed();
        assertEquals(14, result.users().size());
        assertTrue(!result.users().contains("ca2"));
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
        DemoData.Result result = demo(identity, plans).seed();
        assertEquals(14, result.users().size());
        assertEquals(3, result.plans().size());
    }

    @Test
    void theThreeRealPlansAreImportedEachInItsRegroupement() throws Exception {
        FakePlans plans = new FakePlans();
        FakeDocuments documents = new FakeDocuments(plans);
        DemoData.Result result = demo(new FakeIdentity(), plans, documents).seed();
        assertEquals(3, result.plans().size());
        assertEquals(List.of("animateur", "animateur-rop", "animateur-cds"), documents.importers);

        Map<String, String> files = Map.of("troc-monteregie", "troc-monteregie-2023-2024.json",
                "rop-mauricie", "rop-mauricie-2021-2022.json", "cds-mauricie", "cds-mauricie-2009-2010.json");
        for (Map.Entry<String, String> e : files.entrySet()) {
            List<PlanSummary> listed = plans.listPlans(e.getKey());
            assertEquals(1, listed.size(), e.getKey());
            PlanDocument stored = documents.document(e.getKey(), listed.get(0).id()).orElseThrow();
            PlanDocument source = INTERCHANGE.read(interchangeFile(e.getValue()));
            assertEquals(INTERCHANGE.fingerprint(source), INTERCHANGE.fingerprint(stored),
                    e.getValue() + ": the bundle's copy is the interchange module's file");
            assertEquals(PlanStatus.DRAFT, plans.findPlan(e.getKey(), listed.get(0).id()).orElseThrow().status());
        }
        String troc = plans.listPlans("troc-monteregie").get(0).title();
        assertTrue(troc.contains("TROC Montérégie 2023-2024"), troc);
    }

    @Test
    void aPlanAlreadyThereIsNotImportedAgain() {
        FakePlans plans = new FakePlans();
        plans.createPlan("rop-mauricie", new PlanDraft("Plan d’action 2021 – 2022", "Avril 2021 – mars 2022", null,
                List.of()), "animateur-rop");
        DemoData.Result result = demo(new FakeIdentity(), plans).seed();
        assertEquals(2, result.plans().size());
        assertEquals(1, plans.listPlans("rop-mauricie").size());
    }

    @Test
    void aPlanThatFailsToImportDoesNotKeepTheOthersOut() {
        FakePlans plans = new FakePlans();
        FakeDocuments documents = new FakeDocuments(plans) {
            @Override
            public PlanSummary importDocument(String regroupementId, PlanDocument document, String importedBy) {
                if (regroupementId.equals("troc-monteregie")) {
                    throw new IllegalStateException("database down for this one");
                }
                return super.importDocument(regroupementId, document, importedBy);
            }
        };
        DemoData.Result result = demo(new FakeIdentity(), plans, documents).seed();
        assertEquals(2, result.plans().size());
        assertEquals(15, result.users().size());
    }

    @Test
    void aMissingPlanFileIsReportedByName() {
        DemoData demo = demo(new FakeIdentity(), new FakePlans());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> demo.load("absent.json"));
        assertTrue(e.getMessage().contains("absent.json"), e.getMessage());
    }
}
