package ca.concerto.plan.store.impl;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ca.concerto.persistence.api.MigrationScript;
import ca.concerto.persistence.api.SchemaMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

/**
 * The plan store's persistence unit: migrates the schema, then builds the EclipseLink
 * EntityManagerFactory over the main DataSource (no PersistenceProvider service exists in OSGi
 * for Jakarta Persistence, so the unit is bootstrapped here), and runs transactions.
 */
@Component(service = StoreContext.class)
public class StoreContext {
    /** The owner under which the plan store's migrations are recorded. */
    static final String SCHEMA_OWNER = "concerto-plan-store";
    static final String MIGRATION_FOLDER = "db/migration";
    static final List<Class<?>> ENTITIES = List.of(PlanEntity.class, PlanItemEntity.class, PlanVersionEntity.class,
            OrganizationEntity.class, AdoptionDecisionEntity.class, UserAccountEntity.class,
            PublicationEntity.class, PlanCycleEntity.class, CycleInvitationEntity.class,
            ConsultationInputEntity.class, CycleMeetingEntity.class, ItemCommentEntity.class, ActionStatusEntity.class,
            RegroupementEntity.class);

    private static final Logger LOG = LoggerFactory.getLogger(StoreContext.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final EntityManagerFactory emf;

    @Activate
    public StoreContext(
            @Reference(target = "(" + SchemaMigrations.DATASOURCE_PROPERTY + "=" + SchemaMigrations.MAIN_DATASOURCE + ")")
            DataSource dataSource,
            @Reference SchemaMigrations migrations,
            BundleContext context) {
        this(dataSource, () -> migrations.migrate(SCHEMA_OWNER, context.getBundle(), MIGRATION_FOLDER));
    }

    /** For tests and for any caller outside OSGi: {@code migrate} brings the schema up to date first. */
    StoreContext(DataSource dataSource, Runnable migrate) {
        migrate.run();
        this.emf = createEntityManagerFactory(dataSource);
    }

    /**
     * The bundle's migration scripts read from the class path (its jar or classes folder), for the
     * store built outside OSGi by tests and benchmarks.
     */
    static List<MigrationScript> classPathScripts() {
        URL folder = StoreContext.class.getResource("/" + MIGRATION_FOLDER);
        if (folder == null) {
            throw new IllegalStateException("no " + MIGRATION_FOLDER + " beside StoreContext");
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return readScripts(jar.getPath("/" + MIGRATION_FOLDER));
                }
            }
            return readScripts(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot read the migration scripts at " + folder, e);
        }
    }

    private static List<MigrationScript> readScripts(Path dir) throws IOException {
        List<MigrationScript> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> MigrationScript.isScriptName(f.getFileName().toString())).sorted().toList()) {
                scripts.add(new MigrationScript(f.getFileName().toString(), Files.readString(f)));
            }
        }
        return scripts;
    }

    @Deactivate
    void close() {
        if (emf.isOpen()) {
            emf.close();
        }
    }

    EntityManagerFactory entityManagerFactory() {
        return emf;
    }

    /** Runs {@code work} in one transaction: commit on return, rollback on any failure. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            em.flush();
            tx.commit();
            return result;
        } catch (OptimisticLockException e) {
            throw concurrentChange(e);
        } catch (RollbackException e) {
            if (e.getCause() instanceof OptimisticLockException ole) {
                throw concurrentChange(ole);
            }
            throw e;
        } finally {
            try {
                if (tx.isActive()) {
                    tx.rollback();
                }
            } finally {
                em.close();
            }
        }
    }

    /** Runs a read; the EntityManager is closed afterwards, so map to API objects inside. */
    <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    private static ConcurrentModificationException concurrentChange(OptimisticLockException e) {
        Object entity = e.getEntity();
        if (entity == null && e.getCause() instanceof org.eclipse.persistence.exceptions.OptimisticLockException ole) {
            entity = ole.getObject();
        }
        String what = entity instanceof PlanEntity p ? "Plan " + p.id() + " (revision " + p.revision() + ")"
                : entity != null ? entity.getClass().getSimpleName() : "The record";
        ConcurrentModificationException cme = new ConcurrentModificationException(
                what + " was changed by someone else since it was read; nothing was saved. Reload it and try again.");
        cme.initCause(e);
        return cme;
    }

    private static EntityManagerFactory createEntityManagerFactory(DataSource dataSource) {
        ClassLoader loader = StoreContext.class.getClassLoader();
        Map<String, Object> props = new HashMap<>();
        props.put("eclipselink.weaving", "false");
        props.put("eclipselink.ddl-generation", "none");
        props.put("jakarta.persistence.schema-generation.database.action", "none");
        props.put("eclipselink.classloader", loader);
        // sessions are cached by name in a static registry: one name per factory instance
        props.put("eclipselink.session-name", "concerto-plan-store-" + INSTANCES.incrementAndGet());
        props.put("eclipselink.logging.level", "WARNING");
        props.put("eclipselink.logging.logger", "JavaLogger");
        // exceptions reach the caller (translated); do not log each one twice
        props.put("eclipselink.logging.exceptions", "false");
        props.put("eclipselink.jdbc.allow-native-sql-queries", "false");
        PersistenceUnitInfo info = new UnitInfo(dataSource, loader);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            EntityManagerFactory emf = new org.eclipse.persistence.jpa.PersistenceProvider()
                    .createContainerEntityManagerFactory(info, props);
            // connect now, so a mapping or database problem fails activation, not the first call
            emf.createEntityManager().close();
            LOG.info("Plan store persistence unit ready ({} entities)", ENTITIES.size());
            return emf;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private record UnitInfo(DataSource dataSource, ClassLoader loader) implements PersistenceUnitInfo {
        @Override public String getPersistenceUnitName() { return "concerto-plan-store"; }
        @Override public String getPersistenceProviderClassName() { return org.eclipse.persistence.jpa.PersistenceProvider.class.getName(); }
        @Override public String getScopeAnnotationName() { return null; }
        @Override public List<String> getQualifierAnnotationNames() { return List.of(); }
        @SuppressWarnings("deprecation")
        @Override public PersistenceUnitTransactionType getTransactionType() { return PersistenceUnitTransactionType.RESOURCE_LOCAL; }
        @Override public DataSource getJtaDataSource() { return null; }
        @Override public DataSource getNonJtaDataSource() { return dataSource; }
        @Override public List<String> getMappingFileNames() { return List.of(); }
        @Override public List<URL> getJarFileUrls() { return List.of(); }
        @Override public URL getPersistenceUnitRootUrl() { return rootUrl(); }
        @Override public List<String> getManagedClassNames() { return ENTITIES.stream().map(Class::getName).toList(); }
        @Override public boolean excludeUnlistedClasses() { return true; }
        @Override public SharedCacheMode getSharedCacheMode() { return SharedCacheMode.NONE; }
        @Override public ValidationMode getValidationMode() { return ValidationMode.NONE; }
        @Override public Properties getProperties() { return new Properties(); }
        @Override public String getPersistenceXMLSchemaVersion() { return "3.2"; }
        @Override public ClassLoader getClassLoader() { return loader; }
        @Override public void addTransformer(ClassTransformer transformer) { /* weaving is off */ }
        @Override public ClassLoader getNewTempClassLoader() { return loader; }
    }

    /** The root of this bundle (in OSGi) or of its classes folder or jar (outside). */
    private static URL rootUrl() {
        Bundle bundle = FrameworkUtil.getBundle(StoreContext.class);
        if (bundle != null) {
            return bundle.getEntry("/");
        }
        var source = StoreContext.class.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }
}
