package ca.concerto.persistence.impl;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariDataSource;

import ca.concerto.persistence.api.SchemaMigrations;
import ca.concerto.persistence.join.ConnectionJoin;

/**
 * Provides the platform's pooled {@link DataSource}s on the main database: {@code concerto.datasource=main}
 * for the plan store and the migrations, {@code concerto.datasource=engine} for the workflow engine.
 * Two pools because the engine keeps a connection through each command; the store's writes made inside a
 * command (by its delegates) join that connection's transaction ({@link ConnectionJoin}), so they commit or
 * roll back with the engine's and take no second connection.
 * <p>
 * The driver is chosen from the URL prefix at activation, so its {@link DataSourceFactory} is
 * tracked with a filter built then (a DS reference target cannot come from framework
 * properties). When the factory appears, the pool is opened and tested, and the DataSource is
 * registered; when it goes, the DataSource is unregistered and the pool closed.
 */
@Component(immediate = true, service = {})
public class MainDataSourceComponent implements ServiceTrackerCustomizer<DataSourceFactory, DataSourceFactory> {
    private static final Logger LOG = LoggerFactory.getLogger(MainDataSourceComponent.class);

    private BundleContext context;
    private DataSourceSettings settings;
    private ServiceTracker<DataSourceFactory, DataSourceFactory> tracker;

    private ServiceReference<DataSourceFactory> usedFactory;
    private HikariDataSource pool;
    private HikariDataSource enginePool;
    private ServiceRegistration<DataSource> registration;
    private ServiceRegistration<DataSource> engineRegistration;

    @Activate
    void activate(BundleContext context) throws InvalidSyntaxException {
        this.context = context;
        this.settings = DataSourceSettings.from(context::getProperty);
        LOG.info("Main database {}: waiting for the DataSourceFactory of {}", settings, settings.driverClass());
        tracker = new ServiceTracker<>(context, context.createFilter(settings.factoryFilter()), this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        release();
    }

    @Override
    public DataSourceFactory addingService(ServiceReference<DataSourceFactory> reference) {
        DataSourceFactory factory = context.getService(reference);
        if (factory == null) {
            return null;
        }
        synchronized (this) {
            if (pool == null && usedFactory == null) {
                usedFactory = reference;
                Optional<HikariDataSource> opened = PooledDataSources.open(factory, settings, "concerto-main",
                        settings.poolSize());
                Optional<HikariDataSource> engineOpened = opened.isEmpty() ? Optional.empty()
                        : PooledDataSources.open(factory, settings, "concerto-engine", settings.enginePoolSize());
                if (opened.isPresent() && engineOpened.isEmpty()) {
                    opened.get().close();
                } else if (opened.isPresent()) {
                    pool = opened.get();
                    enginePool = engineOpened.get();
                    // the store's writes made while the engine holds a connection join its transaction
                    registration = context.registerService(DataSource.class, ConnectionJoin.joining(pool),
                            properties(SchemaMigrations.MAIN_DATASOURCE));
                    engineRegistration = context.registerService(DataSource.class, ConnectionJoin.leading(enginePool),
                            properties(SchemaMigrations.ENGINE_DATASOURCE));
                }
            }
        }
        return factory;
    }

    private Dictionary<String, Object> properties(String use) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(SchemaMigrations.DATASOURCE_PROPERTY, use);
        props.put(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS, settings.driverClass());
        props.put("url", settings.safeUrl());
        return props;
    }

    @Override
    public void modifiedService(ServiceReference<DataSourceFactory> reference, DataSourceFactory service) {
        // nothing to do
    }

    @Override
    public void removedService(ServiceReference<DataSourceFactory> reference, DataSourceFactory service) {
        synchronized (this) {
            if (reference.equals(usedFactory)) {
                release();
            }
        }
        context.ungetService(reference);
    }

    private synchronized void release() {
        // the engine's first: it may still write through the store while it stops
        if (engineRegistration != null) {
            try {
                engineRegistration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // bundle stopping
            }
            engineRegistration = null;
        }
        if (enginePool != null) {
            enginePool.close();
            enginePool = null;
        }
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // bundle stopping
            }
            registration = null;
        }
        if (pool != null) {
            pool.close();
            LOG.info("Main database pool closed");
            pool = null;
        }
        usedFactory = null;
    }
}
