package ca.concerto.plan.store.impl;

import javax.sql.DataSource;

import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.identity.api.IdentityService;
import ca.concerto.persistence.impl.JdbcSchemaMigrations;
import ca.concerto.persistence.join.ConnectionJoin;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.interchange.PlanInterchange;

/**
 * The real plan store on a DataSource the caller gives (the bench's HikariCP pool, as the platform
 * runs it), built in plain Java as plan-store's own tests build it: the bundle's migration scripts,
 * then {@link StoreContext} and the four services on it. (This class sits in the store's package for
 * its package-private constructors; {@code StoreForTests} does the same on an unpooled DataSource.)
 */
public final class CycleBenchStore implements AutoCloseable {

    private final StoreContext store;
    public final PlanService plans;
    public final PlanDocumentService documents;
    public final PlanCycleService cycles;
    public final IdentityService identity;

    public CycleBenchStore(DataSource dataSource, PlanInterchange interchange) {
        JdbcSchemaMigrations migrations = new JdbcSchemaMigrations(dataSource);
        store = new StoreContext(ConnectionJoin.joining(dataSource),
                () -> migrations.migrate(StoreContext.SCHEMA_OWNER, StoreContext.classPathScripts()));
        plans = new PlanServiceImpl(store, interchange);
        documents = new PlanDocumentServiceImpl(store, interchange);
        cycles = new PlanCycleServiceImpl(store, interchange);
        // password hashing as in the tests: the bench creates its six users once, before any timing
        identity = new IdentityServiceImpl(store, 1_000);
    }

    @Override
    public void close() {
        store.close();
    }
}
