package ca.concerto.plan.store.impl;

import javax.sql.DataSource;

import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.identity.api.IdentityService;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanService;

/**
 * The real plan store on a private database ("h2" or "postgresql", see TestDatabase), for other
 * modules' tests outside OSGi (through this module's test jar): the workflow's process tests run
 * against it rather than against fakes.
 */
public final class StoreForTests implements AutoCloseable {
    private final StoreFixture fixture;
    public final PlanService plans;
    public final PlanDocumentService documents;
    public final PlanCycleService cycles;
    public final IdentityService identity;

    public StoreForTests(String kind) throws Exception {
        fixture = new StoreFixture(kind);
        plans = fixture.plans;
        documents = fixture.documents;
        identity = fixture.identity;
        cycles = new PlanCycleServiceImpl(fixture.store, fixture.interchange);
    }

    /** The database, for a process engine that shares it as the platform's does. */
    public DataSource dataSource() {
        return fixture.db.dataSource;
    }

    @Override
    public void close() throws Exception {
        fixture.close();
    }
}
