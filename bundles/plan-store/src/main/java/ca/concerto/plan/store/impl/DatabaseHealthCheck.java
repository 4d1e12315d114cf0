package ca.concerto.plan.store.impl;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ca.concerto.health.api.HealthCheck;
import ca.concerto.health.api.HealthReport;
import ca.concerto.persistence.api.SchemaMigrations;

/**
 * The database as the plan store uses it: a connection answers within two seconds, and the store's
 * own tables can be read (so its migrations ran). Says which database it is and how long it took.
 */
@Component(service = HealthCheck.class)
public class DatabaseHealthCheck implements HealthCheck {

    static final String ID = "database";

    private final DataSource dataSource;
    private final StoreContext store;

    @Activate
    public DatabaseHealthCheck(
            @Reference(target = "(" + SchemaMigrations.DATASOURCE_PROPERTY + "=" + SchemaMigrations.MAIN_DATASOURCE + ")")
            DataSource dataSource,
            @Reference StoreContext store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public HealthReport check() {
        Map<String, String> facts = new LinkedHashMap<>();
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            facts.put("product", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
            if (!connection.isValid(2)) {
                return HealthReport.failing("the connection did not answer within 2 s", facts);
            }
            long plans = store.read(em -> em.createQuery("SELECT COUNT(p) FROM PlanEntity p", Long.class)
                    .getSingleResult());
            facts.put("plans", String.valueOf(plans));
            facts.put("responseMillis", String.valueOf((System.nanoTime() - started) / 1_000_000));
            return HealthReport.healthy(facts);
        } catch (SQLException | RuntimeException e) {
            facts.put("responseMillis", String.valueOf((System.nanoTime() - started) / 1_000_000));
            return HealthReport.failing(e.getClass().getSimpleName() + ": " + e.getMessage(), facts);
        }
    }
}
