package ca.concerto.plan.store.impl;

import java.util.List;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import ca.concerto.persistence.api.MigrationScript;
import ca.concerto.persistence.impl.JdbcSchemaMigrations;
import ca.concerto.persistence.join.ConnectionJoin;
import ca.concerto.persistence.testing.TestDatabase;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.interchange.impl.PlanInterchangeImpl;

/** A fresh database, migrated with the bundle's own scripts, and the store on it. */
final class StoreFixture implements AutoCloseable {
    final TestDatabase db;
    final JdbcSchemaMigrations migrations;
    final StoreContext store;
    final PlanInterchange interchange = new PlanInterchangeImpl();
    final PlanServiceImpl plans;
    final PlanDocumentServiceImpl documents;
    final IdentityServiceImpl identity;

    StoreFixture(String kind) throws Exception {
        this(kind, UnaryOperator.identity());
    }

    /** With the store's connections taken through {@code wrap} (a statement counter, say). */
    StoreFixture(String kind, UnaryOperator<DataSource> wrap) throws Exception {
        db = TestDatabase.create(kind);
        migrations = new JdbcSchemaMigrations(db.dataSource);
        // joins an engine's transaction on the same thread, as the platform's main DataSource does
        store = new StoreContext(ConnectionJoin.joining(wrap.apply(db.dataSource)),
                () -> migrations.migrate(StoreContext.SCHEMA_OWNER, scripts()));
        plans = new PlanServiceImpl(store, interchange);
        documents = new PlanDocumentServiceImpl(store, interchange);
        identity = new IdentityServiceImpl(store, 1_000);
    }

    /** The scripts of src/main/resources/db/migration, from the class path. */
    static List<MigrationScript> scripts() {
        return StoreContext.classPathScripts();
    }

    @Override
    public void close() throws Exception {
        store.close();
        db.close();
    }
}
