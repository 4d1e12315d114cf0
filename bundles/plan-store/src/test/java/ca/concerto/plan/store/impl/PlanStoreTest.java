package ca.concerto.plan.store.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ca.concerto.persistence.api.MigrationException;
import ca.concerto.persistence.api.MigrationScript;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.InvalidPlanStateException;
import ca.concerto.plan.api.Organization.OrganizationKind;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanDraft.ActionDraft;
import ca.concerto.plan.api.PlanDraft.ObjectiveDraft;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.PlanSummary;
import jakarta.persistence.EntityManager;

class PlanStoreTest {
    static final String TROC = "troc-mauricie";
    static final String ROP = "rop-03";

    static PlanDraft draft(String title) {
        return new PlanDraft(title, "2023-2024", "Renforcer la concertation", List.of(
                new ObjectiveDraft("Mobiliser les membres", List.of(
                        new ActionDraft("Diffuser les bons coups", "Coordonnatrice", "En continu"),
                        new ActionDraft("Tenir 4 rencontres", "Chantier", "Automne 2023"))),
                new ObjectiveDraft("Représenter le milieu", List.of(
                        new ActionDraft("Siéger à la table régionale", null, "Selon le calendrier des rencontres")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void migrationsApplyOnceAndAreIdempotent(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            assertEquals(List.of(), f.migrations.migrate(StoreContext.SCHEMA_OWNER, StoreFixture.scripts()));
            // a second persistence unit on the same database starts without migrating again
            StoreContext again = new StoreContext(f.db.dataSource,
                    () -> assertEquals(List.of(), f.migrations.migrate(StoreContext.SCHEMA_OWNER, StoreFixture.scripts())));
            again.close();
            assertEquals(8, count(f, "SELECT COUNT(*) FROM concerto_schema_history WHERE owner = 'concerto-plan-store'"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aChangedScriptStopsTheStore(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            List<MigrationScript> changed = StoreFixture.scripts().stream()
                    .map(s -> new MigrationScript(s.fileName(), s.sql() + "\n-- edited\n")).toList();
            MigrationException e = assertThrows(MigrationException.class, () -> new StoreContext(f.db.dataSource,
                    () -> f.migrations.migrate(StoreContext.SCHEMA_OWNER, changed)));
            assertTrue(e.getMessage().contains("V1__plan_store.sql"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void createsListsAndFindsPlansWithNumbering(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            Plan plan = f.plans.createPlan(TROC, draft("Plan d'action 2023-2024"), "animatrice");
            assertEquals(PlanStatus.DRAFT, plan.status());
            assertEquals(TROC, plan.regroupementId());
            assertEquals(List.of("1", "2"), plan.objectives().stream().map(o -> o.number()).toList());
            assertEquals(List.of("1.1", "1.2"), plan.objectives().get(0).actions().stream().map(a -> a.number()).toList());
            assertEquals("2.1", plan.objectives().get(1).actions().get(0).number());
            assertEquals("Selon le calendrier des rencontres", plan.objectives().get(1).actions().get(0).schedule());

            Plan found = f.plans.findPlan(TROC, plan.id()).orElseThrow();
            assertEquals(plan, found);
            Plan second = f.plans.createPlan(TROC, new PlanDraft("Plan triennal", "triennal 2010-2013", null, null), "animatrice");
            assertNotEquals(plan.id(), second.id());
            assertEquals(List.of(plan.summary(), second.summary()), f.plans.listPlans(TROC));
            assertTrue(f.plans.findPlan(TROC, 999_999).isEmpty());
            // the record alone, read without the plan's items, agrees with the whole plan's
            assertEquals(Optional.of(plan.summary()), f.plans.findSummary(TROC, plan.id()));
            assertEquals(f.plans.findPlan(TROC, second.id()).map(Plan::summary), f.plans.findSummary(TROC, second.id()));
            assertTrue(f.plans.findSummary(TROC, 999_999).isEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anOrganizationIsCorrectedAndNeverListedTwice(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            var centre = f.plans.addOrganization(TROC, "Centre des femmes", OrganizationKind.MEMBER);
            var cisss = f.plans.addOrganization(TROC, "Équipe du CISSS", OrganizationKind.PARTNER);
            // another regroupement may list an organization of the same name
            var elsewhere = f.plans.addOrganization(ROP, "Centre des femmes", OrganizationKind.MEMBER);

            var taken = assertThrows(ca.concerto.plan.api.OrganizationNameTakenException.class,
                    () -> f.plans.addOrganization(TROC, "  centre DES femmes ", OrganizationKind.PARTNER));
            assertEquals("centre DES femmes", taken.name());
            assertThrows(ca.concerto.plan.api.OrganizationNameTakenException.class,
                    () -> f.plans.addOrganization(TROC, "équipe du cisss", OrganizationKind.PARTNER));
            assertThrows(ca.concerto.plan.api.OrganizationNameTakenException.class,
                    () -> f.plans.updateOrganization(TROC, cisss.id(), "CENTRE DES FEMMES", OrganizationKind.PARTNER));
            assertThrows(IllegalArgumentException.class,
                    () -> f.plans.updateOrganization(TROC, centre.id(), " ", OrganizationKind.MEMBER));
            assertThrows(IllegalArgumentException.class,
                    () -> f.plans.updateOrganization(TROC, elsewhere.id(), "Intrus", OrganizationKind.MEMBER),
                    "another regroupement's organization");
            assertThrows(IllegalArgumentException.class,
                    () -> f.plans.updateOrganization(TROC, 999_999, "Inconnu", OrganizationKind.MEMBER));

            var renamed = f.plans.updateOrganization(TROC, centre.id(), " Centre de femmes l'Éclaircie ",
                    OrganizationKind.PARTNER);
            assertEquals(new ca.concerto.plan.api.Organization(centre.id(), TROC, "Centre de femmes l'Éclaircie",
                    OrganizationKind.PARTNER), renamed);
            // its own name in other letter case is not another organization's
            f.plans.updateOrganization(TROC, cisss.id(), "ÉQUIPE DU CISSS", OrganizationKind.MEMBER);
            assertEquals(List.of("Centre de femmes l'Éclaircie PARTNER", "ÉQUIPE DU CISSS MEMBER"),
                    f.plans.organizations(TROC).stream().map(o -> o.name() + " " + o.kind()).sorted().toList());
            assertEquals(List.of(elsewhere), f.plans.organizations(ROP), "the refused calls changed nothing there");
            // the freed name can be given again
            f.plans.addOrganization(TROC, "Centre des femmes", OrganizationKind.MEMBER);
            assertEquals(3, f.plans.organizations(TROC).size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anotherRegroupementSeesNothing(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            Plan plan = f.plans.createPlan(TROC, draft("Plan TROC"), "animatrice");
            f.plans.addOrganization(TROC, "Centre des femmes", OrganizationKind.MEMBER);
            f.identity.createUser("marie", "Marie", TROC, Set.of(ca.concerto.identity.api.Role.FACILITATOR), "demo".toCharArray());

            assertEquals(List.of(), f.plans.listPlans(ROP));
            assertTrue(f.plans.findPlan(ROP, plan.id()).isEmpty());
            assertTrue(f.plans.findSummary(ROP, plan.id()).isEmpty());
            assertThrows(PlanNotFoundException.class, () -> f.plans.markSubmitted(ROP, plan.id()));
            f.plans.markSubmitted(TROC, plan.id());
            assertThrows(PlanNotFoundException.class,
                    () -> f.plans.recordDecision(ROP, plan.id(), DecisionOutcome.ADOPT, "CA", "intrus", null));
            f.plans.recordDecision(TROC, plan.id(), DecisionOutcome.ADOPT, "CA", "president", "Adopté à l'unanimité");
            assertEquals(List.of(), f.plans.decisions(ROP, plan.id()));
            assertEquals(1, f.plans.decisions(TROC, plan.id()).size());
            assertEquals(List.of(), f.plans.organizations(ROP));
            f.plans.addOrganization(ROP, "Association des sourds", OrganizationKind.PARTNER);
            assertEquals(List.of("Centre des femmes"), f.plans.organizations(TROC).stream().map(o -> o.name()).toList());
            assertEquals(List.of("Association des sourds"), f.plans.organizations(ROP).stream().map(o -> o.name()).toList());
            assertEquals(List.of(), f.identity.usersOf(ROP));
            assertEquals(List.of("marie"), f.identity.usersOf(TROC).stream().map(u -> u.username()).toList());
            // the plan is untouched by the refused calls
            assertEquals(PlanStatus.ADOPTED, f.plans.findPlan(TROC, plan.id()).orElseThrow().status());
            assertEquals(PlanStatus.ADOPTED, f.plans.findSummary(TROC, plan.id()).orElseThrow().status());
            assertThrows(IllegalArgumentException.class, () -> f.plans.listPlans(" "));
            assertThrows(IllegalArgumentException.class, () -> f.plans.findSummary(null, plan.id()));
            assertThrows(IllegalArgumentException.class, () -> f.plans.findPlan(null, plan.id()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void followsTheAdoptionCycle(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            Plan plan = f.plans.createPlan(TROC, draft("Plan"), "animatrice");
            long id = plan.id();
            InvalidPlanStateException notSubmitted = assertThrows(InvalidPlanStateException.class,
                    () -> f.plans.recordDecision(TROC, id, DecisionOutcome.ADOPT, "CA", "president", null));
            assertEquals(PlanStatus.DRAFT, notSubmitted.actual());

            Plan submitted = f.plans.markSubmitted(TROC, id);
            assertEquals(PlanStatus.SUBMITTED, submitted.status());
            assertTrue(submitted.revision() > plan.revision(), "every write increases the revision");
            assertEquals(PlanStatus.SUBMITTED,
                    assertThrows(InvalidPlanStateException.class, () -> f.plans.markSubmitted(TROC, id)).actual());

            AdoptionDecision changes = f.plans.recordDecision(TROC, id, DecisionOutcome.REQUEST_CHANGES, "CA", "president",
                    "Préciser l'échéancier");
            assertEquals(PlanStatus.CHANGES_REQUESTED, f.plans.findPlan(TROC, id).orElseThrow().status());
            assertThrows(InvalidPlanStateException.class,
                    () -> f.plans.recordDecision(TROC, id, DecisionOutcome.ADOPT, "CA", "president", null));

            f.plans.markSubmitted(TROC, id);
            AdoptionDecision adopted = f.plans.recordDecision(TROC, id, DecisionOutcome.ADOPT, "CA", "president",
                    "Adopté le 27 septembre 2023");
            Plan done = f.plans.findPlan(TROC, id).orElseThrow();
            assertEquals(PlanStatus.ADOPTED, done.status());
            assertEquals(PlanStatus.ADOPTED,
                    assertThrows(InvalidPlanStateException.class, () -> f.plans.markSubmitted(TROC, id)).actual());
            assertThrows(InvalidPlanStateException.class,
                    () -> f.plans.recordDecision(TROC, id, DecisionOutcome.REJECT, "CA", "president", null));
            assertEquals(List.of(changes, adopted), f.plans.decisions(TROC, id));
            // both decisions are bound to version 1: the document did not change between the submissions
            String fingerprint = f.interchange.fingerprint(f.documents.document(TROC, id).orElseThrow());
            assertEquals(1, changes.versionNumber());
            assertEquals(fingerprint, changes.versionFingerprint());
            assertEquals(1, adopted.versionNumber());
            assertEquals(fingerprint, adopted.versionFingerprint());
            assertEquals(List.of(1), f.documents.versions(TROC, id).stream().map(v -> v.number()).toList());
            assertEquals("Préciser l'échéancier", changes.comment());
            assertEquals(id, adopted.planId());

            Plan other = f.plans.createPlan(TROC, draft("Autre"), "animatrice");
            f.plans.markSubmitted(TROC, other.id());
            f.plans.recordDecision(TROC, other.id(), DecisionOutcome.REJECT, "AGA", "president", null);
            assertEquals(PlanStatus.REJECTED, f.plans.findPlan(TROC, other.id()).orElseThrow().status());
            assertEquals(Set.of(PlanStatus.ADOPTED, PlanStatus.REJECTED),
                    Set.copyOf(f.plans.listPlans(TROC).stream().map(PlanSummary::status).toList()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void decisionsAreNeverUpdated(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            Plan plan = f.plans.createPlan(TROC, draft("Plan"), "animatrice");
            f.plans.markSubmitted(TROC, plan.id());
            AdoptionDecision d = f.plans.recordDecision(TROC, plan.id(), DecisionOutcome.ADOPT, "CA", "president", "ok");
            // even a direct change of the entity is not written: its columns are not updatable
            f.store.inTransaction(em -> {
                AdoptionDecisionEntity e = em.find(AdoptionDecisionEntity.class, d.id());
                setField(e, "comment", "falsified");
                return null;
            });
            assertEquals(List.of(d), f.plans.decisions(TROC, plan.id()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void staleWritesFailInsteadOfOverwriting(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            Plan plan = f.plans.createPlan(TROC, draft("Plan"), "animatrice");
            long read = plan.revision();
            // two editors read the same revision; the first write wins, the second is refused
            Plan renamed = f.plans.renamePlan(TROC, plan.id(), read, "Plan révisé");
            assertEquals(read + 1, renamed.revision());
            ConcurrentModificationException stale = assertThrows(ConcurrentModificationException.class,
                    () -> f.plans.renamePlan(TROC, plan.id(), read, "Plan écrasé"));
            assertTrue(stale.getMessage().contains("changed by someone else"), stale.getMessage());

            // a race inside the write window: the @Version check refuses the second commit
            ConcurrentModificationException race = assertThrows(ConcurrentModificationException.class,
                    () -> f.store.inTransaction((EntityManager em) -> {
                        PlanEntity mine = PlanServiceImpl.load(em, TROC, plan.id()).orElseThrow();
                        f.plans.rename(em, mine, "Version A");
                        f.plans.renamePlan(TROC, plan.id(), mine.revision(), "Version B"); // commits first
                        return null;
                    }));
            assertTrue(race.getMessage().startsWith("Plan " + plan.id()), race.getMessage());
            Plan now = f.plans.findPlan(TROC, plan.id()).orElseThrow();
            assertEquals("Version B", now.title());
            assertEquals(read + 2, now.revision());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void concurrentWritesAreSafe(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Callable<Long>> creations = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    int n = i;
                    creations.add(() -> {
                        Plan p = f.plans.createPlan(n % 2 == 0 ? TROC : ROP, draft("Plan " + n), "animatrice");
                        f.plans.markSubmitted(p.regroupementId(), p.id());
                        return p.id();
                    });
                }
                Set<Long> ids = new HashSet<>();
                for (Future<Long> id : pool.invokeAll(creations)) {
                    ids.add(id.get());
                }
                assertEquals(24, ids.size());
                assertEquals(12, f.plans.listPlans(TROC).size());
                assertEquals(12, f.plans.listPlans(ROP).size());

                // six board members decide on the same submitted plan at once: exactly one decision is recorded
                long target = f.plans.listPlans(TROC).get(0).id();
                List<Callable<AdoptionDecision>> decisions = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    decisions.add(() -> f.plans.recordDecision(TROC, target, DecisionOutcome.ADOPT, "CA", "membre", null));
                }
                int ok = 0;
                for (Future<AdoptionDecision> d : pool.invokeAll(decisions)) {
                    try {
                        d.get();
                        ok++;
                    } catch (ExecutionException e) {
                        assertTrue(e.getCause() instanceof InvalidPlanStateException
                                || e.getCause() instanceof ConcurrentModificationException, e.getCause().toString());
                    }
                }
                assertEquals(1, ok);
                assertEquals(1, f.plans.decisions(TROC, target).size());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    static long count(StoreFixture f, String sql) throws Exception {
        try (Connection c = f.db.dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void setField(Object target, String name, Object value) {
        try {
            var field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        assertFalse(value == null);
    }
}
