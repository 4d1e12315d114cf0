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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two Concerto instances on one PostgreSQL database, as a regroupement would run behind a load
 * balancer: a task created on one is completed on the other, and each timer (the board's deadline
 * in the adoption, every deadline of the cycle) fires exactly once although both job executors
 * watch it.
 */
class TwoNodesIT {

    private static final String SERVER = System.getProperty("concerto.test.pg.server", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("concerto.test.pg.user", "postgres");
    private static final String PASSWORD = System.getProperty("concerto.test.pg.password", "");
    private static final Duration REMINDER_AFTER = Duration.ofSeconds(10);

    @Test
    void aTaskCreatedOnOneNodeIsCompletedOnTheOtherAndTheTimerFiresOnce() throws Exception {
        onTwoNodes("-Dconcerto.adoption.boardReminderAfter=" + REMINDER_AFTER, (nodeA, nodeB, database) -> {
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
                long reminders = awaitCount(tasksOf("remindBoardDecision"), database, submitted.plus(Duration.ofMinutes(3)));
                assertEquals(1, reminders, "one reminder for one deadline");
                Thread.sleep(REMINDER_AFTER.toMillis());
                assertEquals(1, count(tasksOf("remindBoardDecision"), database), "still one reminder later on");
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
        });
    }

    /**
     * A whole cycle whose steps alternate between the nodes, and each of its timers (consultation
     * closes, comment period closes, board decision late, follow-up meeting due) firing once. The
     * deadlines are days away: the test brings each timer's due date into the past in the database,
     * as time passing would, and both job executors then race for it.
     */
    @Test
    void eachTimerOfTheCycleFiresOnceWithTwoNodesWatchingIt() throws Exception {
        // the next follow-up meeting is due 5 s after publication; a week for the board's decision
        onTwoNodes("-Dconcerto.cycle.followUpEvery=PT5S", (nodeA, nodeB, database) -> {
            LocalDate today = LocalDate.now(ZoneId.of("America/Toronto"));
            String cyclePath;
            try (Browser onA = new Browser(nodeA, "two-nodes-cycle-a")) {
                onA.signIn("animateur", "demo");
                onA.open("cycles");
                onA.click("cycle-launch-button");
                onA.type("cycle-title", "Plan d'action TROC Montérégie 2025-2026");
                onA.type("cycle-period", "2025-2026");
                onA.select("cycle-source", "2023-2024");
                onA.date("cycle-consultation-deadline", today.plusDays(20).toString());
                onA.click("cycle-launch-submit");
                onA.waitUntil(d -> d.getCurrentUrl().matches(".*/cycle/\\d+$"));
                String url = onA.driver.getCurrentUrl();
                cyclePath = url.substring(url.indexOf("cycle/"));
                onA.waitForCycleStep("CONSULTATION");
            }

            fireOnce("consultationCloses", tasksOf("consultationClosed"), database);
            try (Browser onB = new Browser(nodeB, "two-nodes-cycle-b")) {
                onB.signIn("animateur", "demo");
                onB.open(cyclePath);
                onB.click("cycle-task-consultationClosed-complete");
                onB.waitForCycleStep("MEETINGS");
                onB.openSection("cycle-section-meetings");
                onB.date("cycle-meeting-date", today.toString());
                onB.type("cycle-meeting-goals", "Nommer le comité de rédaction");
                onB.click("cycle-meeting-save");
                onB.waitUntil(d -> d.getPageSource().contains("Rencontre 1"));
                onB.openSection("cycle-section-committee");
                onB.choose("cycle-committee-members", "Sophie Tremblay");
                onB.date("cycle-comment-deadline", today.plusDays(40).toString());
                onB.click("cycle-committee-save");
                onB.waitUntilTextContains("cycle-committee-current", "Sophie Tremblay");
                onB.click("cycle-task-holdMeetings-complete");
                onB.waitForCycleStep("DRAFTING");
                onB.signIn("redaction", "demo");
                onB.open(cyclePath);
                onB.click("cycle-task-draftPlan-complete");
                onB.waitForCycleStep("COMMENTS");
            }

            fireOnce("commentsClose", tasksOf("reviewComments"), database);
            try (Browser onA = new Browser(nodeA, "two-nodes-cycle-a-review")) {
                onA.signIn("redaction", "demo");
                onA.open(cyclePath);
                onA.waitForCycleStep("REVIEW");
                onA.click("cycle-task-reviewComments-complete");
                onA.waitForCycleStep("ADOPTION");
            }

            fireOnce("decisionLate", tasksOf("remindBoardDecision"), database);
            try (Browser onB = new Browser(nodeB, "two-nodes-cycle-b-decision")) {
                onB.signIn("ca1", "demo");
                onB.open(cyclePath);
                onB.click("cycle-task-boardDecision-open");
                onB.waitUntil(d -> d.getCurrentUrl().contains("/decision/"));
                onB.enterVote("Adopter", today.toString(), "CA-" + today + "-07", 3, 2, 3, 0, 0);
                onB.click("cycle-decision-submit");
                onB.waitUntil(d -> d.getCurrentUrl().endsWith(cyclePath));
                onB.waitForCycleStep("PUBLICATION");
                assertEquals(0, count("SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'remindBoardDecision'",
                        database), "the reminder went with the decision");
            }

            Instant published;
            try (Browser onA = new Browser(nodeA, "two-nodes-cycle-a-publish")) {
                onA.signIn("animateur", "demo");
                onA.open(cyclePath);
                onA.click("cycle-task-publishPlan-complete");
                onA.waitForCycleStep("FOLLOW_UP");
                published = Instant.now();
            }
            // the follow-up timer is due 5 s after publication: no push into the past needed
            assertEquals(1, awaitCount(tasksOf("holdFollowUp"), database, published.plus(Duration.ofMinutes(3))),
                    "one follow-up meeting due");
            Thread.sleep(10_000);
            assertEquals(1, count(tasksOf("holdFollowUp"), database), "still one follow-up meeting due later on");
            try (Browser onB = new Browser(nodeB, "two-nodes-cycle-b-follow-up")) {
                onB.signIn("animateur", "demo");
                onB.open(cyclePath);
                onB.waitFor(By.id("cycle-task-holdFollowUp-complete"));
                onB.screenshot("follow-up-due-seen-on-b");
            }
        });
    }

    /** What a test does with the two nodes and their database's name. */
    private interface TwoNodes {
        void run(RunningConcerto nodeA, RunningConcerto nodeB, String database) throws Exception;
    }

    /** Two nodes with the demo data on a new database, dropped afterwards. */
    private static void onTwoNodes(String javaOptions, TwoNodes test) throws Exception {
        String database = "concerto_two_nodes_" + System.currentTimeMillis();
        admin("CREATE DATABASE " + database);
        Map<String, String> environment = Map.of(
                "CONCERTO_DB_URL", SERVER + database,
                "CONCERTO_DB_USER", USER,
                "CONCERTO_DB_PASSWORD", PASSWORD,
                "CONCERTO_JAVA_OPTS", "-Xmx768m " + javaOptions);
        try (RunningConcerto nodeA = RunningConcerto.start(RunningConcerto.newHome("node-a"), environment, "--demo");
             RunningConcerto nodeB = RunningConcerto.start(RunningConcerto.newHome("node-b"), environment, "--demo")) {
            test.run(nodeA, nodeB, database);
        } finally {
            try {
                admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                // left for the next run's clean-up; the name is unique
            }
        }
    }

    /**
     * Brings the timer of a boundary or catch event due, as if its date had come, then waits for
     * the task it leads to: exactly one, and still one once both executors have had time to
     * acquire the job again; the timer's job is gone.
     */
    private static void fireOnce(String timerEvent, String tasksItLeadsTo, String database) throws Exception {
        String timerJobs = "FROM act_ru_job WHERE type_ = 'timer' AND job_def_id_ IN"
                + " (SELECT id_ FROM act_ru_jobdef WHERE act_id_ = '" + timerEvent + "')";
        assertEquals(1, count("SELECT count(*) " + timerJobs, database), "one timer waits on " + timerEvent);
        try (Connection c = DriverManager.getConnection(SERVER + database, USER, PASSWORD);
             Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE act_ru_job SET duedate_ = TIMESTAMP '2000-01-01 00:00:00' "
                    + "WHERE id_ IN (SELECT id_ " + timerJobs + ")"));
        }
        assertEquals(1, awaitCount(tasksItLeadsTo, database, Instant.now().plus(Duration.ofMinutes(3))),
                timerEvent + " fired once");
        Thread.sleep(10_000);
        assertEquals(1, count(tasksItLeadsTo, database), timerEvent + " still fired once later on");
        assertEquals(0, count("SELECT count(*) " + timerJobs, database), "no job left for " + timerEvent);
    }

    private static String tasksOf(String taskDefinitionKey) {
        return "SELECT count(*) FROM act_hi_taskinst WHERE task_def_key_ = '" + taskDefinitionKey + "'";
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
