package ca.concerto.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two Concerto instances on one PostgreSQL database, as a regroupement would run behind a load
 * balancer: a task created on one is completed on the other, and the deadline timer of the
 * board's decision fires exactly once although both job executors watch it.
 */
class TwoNodesIT {

    private static final String SERVER = System.getProperty("concerto.test.pg.server", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("concerto.test.pg.user", "postgres");
    private static final String PASSWORD = System.getProperty("concerto.test.pg.password", "");
    private static final Duration REMINDER_AFTER = Duration.ofSeconds(10);

    @Test
    void aTaskCreatedOnOneNodeIsCompletedOnTheOtherAndTheTimerFiresOnce() throws Exception {
        String database = "concerto_two_nodes_" + System.currentTimeMillis();
        admin("CREATE DATABASE " + database);
        Map<String, String> environment = Map.of(
                "CONCERTO_DB_URL", SERVER + database,
                "CONCERTO_DB_USER", USER,
                "CONCERTO_DB_PASSWORD", PASSWORD,
                "CONCERTO_JAVA_OPTS", "-Xmx768m -Dconcerto.adoption.boardReminderAfter=" + REMINDER_AFTER);
        try (RunningConcerto nodeA = RunningConcerto.start(RunningConcerto.newHome("node-a"), environment, "--demo");
             RunningConcerto nodeB = RunningConcerto.start(RunningConcerto.newHome("node-b"), environment, "--demo")) {
            String planPath;
            try (Browser onA = new Browser(nodeA, "two-nodes-a")) {
                onA.signIn("animateur", "demo");
                onA.open("plans");
                onA.click(onA.waitFor(By.xpath("//a[contains(., 'TROC Montérégie 2023-2024')]")));
                onA.waitUntil(d -> d.getCurrentUrl().matches(".*/plan/\\d+$"));
                String url = onA.driver.getCurrentUrl();
                planPath = url.substring(url.indexOf("/plan/") + 1);
                onA.click("submit-for-adoption");
                onA.waitUntilTextContains("plan-status", "Soumis");
                onA.screenshot("submitted-on-a");
            }
            Instant submitted = Instant.now();

            try (Browser onB = new Browser(nodeB, "two-nodes-b")) {
                onB.signIn("ca1", "demo");
                onB.open("tasks");
                var grid = onB.byId("tasks-grid");
                onB.waitUntil(d -> grid.getText().contains("TROC Montérégie 2023-2024"));
                onB.screenshot("task-seen-on-b");

                // Both job executors watch the deadline; it must fire once, on either node.
                long reminders = awaitCount("SELECT count(*) FROM act_hi_taskinst WHERE task_def_key_ = 'remindBoardDecision'",
                        database, submitted.plus(Duration.ofMinutes(3)));
                assertEquals(1, reminders, "one reminder for one deadline");
                Thread.sleep(REMINDER_AFTER.toMillis());
                assertEquals(1, count("SELECT count(*) FROM act_hi_taskinst WHERE task_def_key_ = 'remindBoardDecision'", database),
                        "still one reminder later on");
                assertEquals(0, count("SELECT count(*) FROM act_ru_job WHERE type_ = 'timer'", database),
                        "no timer left to fire");

                onB.click(onB.waitFor(By.xpath("//*[@id='tasks-grid']//*[contains(text(), 'Décision du conseil')]")));
                onB.byId("decision-panel");
                onB.click("decide-adopt");
                onB.waitUntil(d -> !d.findElements(By.id("tasks-empty")).isEmpty());
            }

            try (Browser backOnA = new Browser(nodeA, "two-nodes-a-after")) {
                backOnA.signIn("animateur", "demo");
                backOnA.open(planPath);
                backOnA.waitUntilTextContains("plan-status", "Adopté");
                assertTrue(backOnA.text("adopted-on").startsWith("Adopté le "));
                backOnA.screenshot("adopted-seen-on-a");
                assertEquals(0, count("SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'remindBoardDecision'", database),
                        "the reminder went with the decision");
            }
        } finally {
            try {
                admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                // left for the next run's clean-up; the name is unique
            }
        }
    }

    private static long awaitCount(String sql, String database, Instant deadline) throws Exception {
        while (Instant.now().isBefore(deadline)) {
            long n = count(sql, database);
            if (n > 0) {
                return n;
            }
            Thread.sleep(1000);
        }
        return count(sql, database);
    }

    private static long count(String sql, String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + database, USER, PASSWORD);
             Statement st = c.createStatement(); ResultSet rows = st.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
