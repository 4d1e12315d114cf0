package ca.concerto.plan.store.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ca.concerto.health.api.HealthReport;

class DatabaseHealthCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void saysWhichDatabaseAnswersAndThatTheStoreReadsIt(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            f.documents.importDocument(PlanStoreTest.TROC, PlanDocumentServiceTest.realPlan("troc-monteregie-2023-2024"),
                    "animatrice");
            HealthReport report = new DatabaseHealthCheck(f.db.dataSource, f.store).check();
            assertTrue(report.healthy(), String.valueOf(report.problem()));
            assertTrue(report.facts().get("product").startsWith(kind.equals("h2") ? "H2" : "PostgreSQL"),
                    report.facts().toString());
            assertEquals("1", report.facts().get("plans"));
            assertTrue(Long.parseLong(report.facts().get("responseMillis")) >= 0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void aDatabaseThatDoesNotAnswerIsAProblemNotAnException(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            DataSource down = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        throw new SQLException("Connection refused");
                    });
            HealthReport report = new DatabaseHealthCheck(down, f.store).check();
            assertFalse(report.healthy());
            assertEquals("SQLException: Connection refused", report.problem());
        }
    }
}
