package ca.concerto.plan.store.impl;

import ca.concerto.persistence.testing.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ca.concerto.persistence.impl.JdbcSchemaMigrations;
import ca.concerto.plan.api.Action;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.InvalidPlanStateException;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.Objective;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.interchange.impl.PlanInterchangeImpl;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.ScheduleKind;

/** A database written by V1 (objective and action rows) keeps its plans' content after V2 and V3. */
class ContentMigrationTest {
    static final String TROC = PlanStoreTest.TROC;
    static final String ROP = PlanStoreTest.ROP;
    static final String TRICKY_TITLE = "Plan \"2009\" \\ d'action\nsuite\tfin";

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void v1ObjectivesAndActionsBecomeDocumentItems(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            JdbcSchemaMigrations migrations = new JdbcSchemaMigrations(db.dataSource);
            assertEquals(List.of(1), migrations.migrate(StoreContext.SCHEMA_OWNER, StoreFixture.scripts().stream()
                    .filter(s -> s.version() == 1).toList()));
            try (Connection c = db.dataSource.getConnection()) {
                plan(c, 100, TROC, TRICKY_TITLE, "2009-2010", "Mission\n\nDeuxième paragraphe", "SUBMITTED", 7);
                plan(c, 150, ROP, "Plan vide", null, null, "DRAFT", 1);
                // objectives out of insertion order: sort_order decides
                objective(c, 200, TROC, 100, 2, "2", "Représenter le milieu");
                objective(c, 250, TROC, 100, 1, "1", "Mobiliser les membres");
                action(c, 300, TROC, 250, 2, "1.2", "Tenir 4 rencontres", null, "Automne 2009");
                action(c, 350, TROC, 250, 1, "1.1", "Diffuser les \"bons coups\"", "Coordonnatrice", null);
                action(c, 400, TROC, 200, 1, "2.1", "Siéger", "RH", "En continu");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO adoption_decision (id, regroupement_id, plan_id,"
                        + " outcome, adopting_body, decided_by, decided_at, decision_comment) VALUES (500, ?, 100,"
                        + " 'REQUEST_CHANGES', 'CA', 'president', ?, 'Préciser')")) {
                    ps.setString(1, TROC);
                    ps.setTimestamp(2, Timestamp.from(Instant.parse("2009-09-01T12:00:00Z")));
                    ps.executeUpdate();
                }
            }

            PlanInterchange interchange = new PlanInterchangeImpl();
            StoreContext store = new StoreContext(db.dataSource,
                    () -> assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), migrations.migrate(StoreContext.SCHEMA_OWNER, StoreFixture.scripts())));
            try {
                PlanServiceImpl plans = new PlanServiceImpl(store, interchange);
                PlanDocumentServiceImpl documents = new PlanDocumentServiceImpl(store, interchange);

                Plan plan = plans.findPlan(TROC, 100).orElseThrow();
                assertEquals(TRICKY_TITLE, plan.title());
                assertEquals("2009-2010", plan.period());
                assertEquals("Mission\n\nDeuxième paragraphe", plan.mission());
                assertEquals(PlanStatus.SUBMITTED, plan.status());
                assertEquals(7, plan.revision());
                assertEquals(List.of("1", "2"), plan.objectives().stream().map(Objective::number).toList());
                assertEquals("Mobiliser les membres", plan.objectives().get(0).title());
                List<Action> first = plan.objectives().get(0).actions();
                assertEquals(List.of("1.1", "1.2"), first.stream().map(Action::number).toList());
                assertEquals("Diffuser les \"bons coups\"", first.get(0).title());
                assertEquals("Coordonnatrice", first.get(0).responsible());
                assertNull(first.get(0).schedule());
                assertNull(first.get(1).responsible());
                assertEquals("Automne 2009", first.get(1).schedule());
                assertEquals("RH", plan.objectives().get(1).actions().get(0).responsible());

                PlanDocument document = documents.document(TROC, 100).orElseThrow();
                assertEquals(List.of("o1", "o1.a1", "o1.a2", "o2", "o2.a1"),
                        document.allItems().stream().map(PlanItem::key).toList());
                assertEquals(List.of("Objectif", "Action"), document.levels().stream().map(l -> l.name()).toList());
                // derived on reading, as for an imported file
                assertEquals(ScheduleKind.SEASON, DocumentRows.find(document, "o1.a2").action().schedule().kind());
                assertEquals(2009, document.period().start().getYear());

                Plan empty = plans.findPlan(ROP, 150).orElseThrow();
                assertEquals(PlanServiceImpl.UNKNOWN_PERIOD, empty.period());
                assertEquals(List.of(), empty.objectives());
                assertNull(empty.mission());
                assertTrue(plans.findPlan(ROP, 100).isEmpty());

                // the V1 tables are gone
                try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement()) {
                    assertThrows(SQLException.class, () -> st.executeQuery("SELECT COUNT(*) FROM plan_objective"));
                }
                try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement()) {
                    assertThrows(SQLException.class, () -> st.executeQuery("SELECT COUNT(*) FROM plan_action"));
                }

                // the migrated plan works like any other: frozen while submitted, decided on its content,
                // which gets its version at the decision; then edited, it is a draft again
                AdoptionDecision old = plans.decisions(TROC, 100).get(0);
                assertNull(old.versionNumber());
                assertThrows(InvalidPlanStateException.class, () -> documents.updateItem(TROC, 100, "o2",
                        documents.itemRevisions(TROC, 100).get("o2"),
                        DocumentRows.find(document, "o2").withTitle("Représenter"), "coordo"));
                AdoptionDecision adopted = plans.recordDecision(TROC, 100, DecisionOutcome.ADOPT, "CA", "president", null);
                assertEquals(1, adopted.versionNumber());
                assertEquals(interchange.fingerprint(documents.document(TROC, 100).orElseThrow()),
                        adopted.versionFingerprint());
                long rev = documents.itemRevisions(TROC, 100).get("o2");
                documents.updateItem(TROC, 100, "o2", rev, DocumentRows.find(document, "o2").withTitle("Représenter"),
                        "coordo");
                assertEquals("Représenter", plans.findPlan(TROC, 100).orElseThrow().objectives().get(1).title());
                assertEquals(PlanStatus.DRAFT, plans.findPlan(TROC, 100).orElseThrow().status());
            } finally {
                store.close();
            }
        }
    }

    private static void plan(Connection c, long id, String r, String title, String period, String mission, String status,
                             long revision) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan (id, regroupement_id, title, period_label, mission,"
                + " status, revision, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'animatrice')")) {
            ps.setLong(1, id);
            ps.setString(2, r);
            ps.setString(3, title);
            ps.setString(4, period);
            ps.setString(5, mission);
            ps.setString(6, status);
            ps.setLong(7, revision);
            ps.setTimestamp(8, Timestamp.from(Instant.parse("2009-06-01T12:00:00Z")));
            ps.executeUpdate();
        }
    }

    private static void objective(Connection c, long id, String r, long plan, int order, String number, String title)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_objective (id, regroupement_id, plan_id,"
                + " sort_order, item_number, title) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, r);
            ps.setLong(3, plan);
            ps.setInt(4, order);
            ps.setString(5, number);
            ps.setString(6, title);
            ps.executeUpdate();
        }
    }

    private static void action(Connection c, long id, String r, long objective, int order, String number, String title,
                               String responsible, String schedule) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_action (id, regroupement_id, objective_id,"
                + " sort_order, item_number, title, responsible, schedule_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, r);
            ps.setLong(3, objective);
            ps.setInt(4, order);
            ps.setString(5, number);
            ps.setString(6, title);
            ps.setString(7, responsible);
            ps.setString(8, schedule);
            ps.executeUpdate();
        }
    }
}
