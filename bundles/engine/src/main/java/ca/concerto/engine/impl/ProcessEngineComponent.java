package ca.concerto.engine.impl;

import java.util.Dictionary;
import java.util.Hashtable;

import javax.script.ScriptEngineManager;
import javax.sql.DataSource;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.scripting.engine.DefaultScriptEngineResolver;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Operaton process engine on the main DataSource, registered as an OSGi {@link ProcessEngine} service;
 * delegates are OSGi services named by {@code concerto.delegate.name}; bundles with a
 * {@code Concerto-Workflows} header get their BPMN/DMN deployed.
 */
@Component(immediate = true)
public class ProcessEngineComponent {

    /** Engine name. */
    public static final String ENGINE_NAME = "concerto";
    /** Framework property: "false" keeps the job executor off (timers and async continuations do not run). */
    public static final String JOB_EXECUTOR_PROPERTY = "concerto.engine.jobExecutor";

    private static final Logger LOG = LoggerFactory.getLogger(ProcessEngineComponent.class);

    /**
     * Static, mandatory: the engine is rebuilt when its DataSource changes. Its own pool on the main
     * database (see SchemaMigrations.ENGINE_DATASOURCE): its commands keep a connection while their
     * delegates take one from the store's pool.
     */
    @Reference(target = "(concerto.datasource=engine)")
    private DataSource dataSource;
    private final DelegateRegistry delegates = new DelegateRegistry();
    private ServiceTracker<Object, Object> delegateTracker;
    private ProcessEngine engine;
    private ServiceRegistration<ProcessEngine> registration;
    private BundleTracker<String> workflowTracker;

    /**
     * The BPMN, DMN and CMMN model classes look up their factories through the context class loader
     * in their static initializers, on whichever thread first touches them (a deployment on a
     * bundle-event thread, an evaluation on a web thread). Initialized here, while the context class
     * loader is this bundle's, they always find the engine's own factories.
     */
    private static void initializeModels() {
        for (String model : MODEL_CLASSES) {
            try {
                Class.forName(model, true, ProcessEngineComponent.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The engine bundle lacks " + model, e);
            }
        }
    }

    private static final String[] MODEL_CLASSES = {
        "org.operaton.bpm.model.bpmn.Bpmn", "org.operaton.bpm.model.dmn.Dmn", "org.operaton.bpm.model.cmmn.Cmmn"};

    @Activate
    void activate(BundleContext context) throws InvalidSyntaxException {
        delegateTracker = new ServiceTracker<>(context, delegateFilter(context), new DelegateCustomizer(context));
        delegateTracker.open(true);

        boolean jobExecutor = !"false".equalsIgnoreCase(String.valueOf(context.getProperty(JOB_EXECUTOR_PROPERTY)).strip());
        ProcessEngineConfigurationImpl configuration = configuration(dataSource, delegates, jobExecutor);

        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ProcessEngineComponent.class.getClassLoader());
        long start = System.currentTimeMillis();
        try {
            initializeModels();
            engine = configuration.buildProcessEngine();
        } catch (RuntimeException e) {
            LOG.error("The workflow engine could not start: {}", e.getMessage(), e);
            delegateTracker.close();
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("Workflow engine '{}' started in {} ms (history full, job executor {})", ENGINE_NAME,
                System.currentTimeMillis() - start, jobExecutor ? "on" : "off");

        Dictionary<String, Object> props = new Hashtable<>();
        props.put("name", ENGINE_NAME);
        registration = context.registerService(ProcessEngine.class, engine, props);

        workflowTracker = new BundleTracker<>(context, Bundle.ACTIVE, new WorkflowDeployer(engine.getRepositoryService()));
        workflowTracker.open();
    }

    @Deactivate
    void deactivate() {
        if (workflowTracker != null) {
            workflowTracker.close();
        }
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework is stopping the bundle
            }
        }
        if (engine != null) {
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(ProcessEngineComponent.class.getClassLoader());
            try {
                engine.close();
                LOG.info("Workflow engine '{}' closed", ENGINE_NAME);
            } catch (RuntimeException e) {
                LOG.warn("Closing the workflow engine failed: {}", e.getMessage(), e);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
        if (delegateTracker != null) {
            delegateTracker.close();
        }
        engine = null;
        registration = null;
        workflowTracker = null;
        delegateTracker = null;
    }

    /** The engine configuration the contract asks for. */
    static ProcessEngineConfigurationImpl configuration(DataSource dataSource, DelegateRegistry delegates, boolean jobExecutor) {
        StandaloneProcessEngineConfiguration c = new StandaloneProcessEngineConfiguration();
        c.setProcessEngineName(ENGINE_NAME);
        c.setDataSource(dataSource);
        c.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        c.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        c.setTransactionsExternallyManaged(false);
        c.setJobExecutorActivate(jobExecutor);
        c.setIdGenerator(new TimeOrderedIdGenerator());
        c.setBeans(new RegistryBeans(delegates));
        c.setClassLoader(ProcessEngineComponent.class.getClassLoader());
        // No script engines: a manager that sees no ScriptEngineFactory at all.
        c.setScriptEngineResolver(new DefaultScriptEngineResolver(new ScriptEngineManager(new ClassLoader(null) { })));
        return c;
    }

    private static Filter delegateFilter(BundleContext context) throws InvalidSyntaxException {
        return context.createFilter("(" + DelegateRegistry.NAME_PROPERTY + "=*)");
    }

    /** Feeds the registry from the OSGi service registry. */
    private final class DelegateCustomizer implements ServiceTrackerCustomizer<Object, Object> {
        private final BundleContext context;

        DelegateCustomizer(BundleContext context) {
            this.context = context;
        }

        @Override
        public Object addingService(ServiceReference<Object> reference) {
            Object service = context.getService(reference);
            if (service == null) {
                return null;
            }
            for (String name : DelegateRegistry.namesOf(reference.getProperty(DelegateRegistry.NAME_PROPERTY))) {
                delegates.add(name, id(reference), ranking(reference), service);
                LOG.debug("Delegate '{}' available: {}", name, service.getClass().getName());
            }
            return service;
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, Object service) {
            for (String name : delegates.names()) {
                delegates.remove(name, id(reference));
            }
            for (String name : DelegateRegistry.namesOf(reference.getProperty(DelegateRegistry.NAME_PROPERTY))) {
                delegates.add(name, id(reference), ranking(reference), service);
            }
        }

        @Override
        public void removedService(ServiceReference<Object> reference, Object service) {
            for (String name : delegates.names()) {
                delegates.remove(name, id(reference));
            }
            try {
                context.ungetService(reference);
            } catch (IllegalStateException stopping) {
                // the engine bundle is stopping
            }
        }

        private long id(ServiceReference<?> reference) {
            return (Long) reference.getProperty(Constants.SERVICE_ID);
        }

        private int ranking(ServiceReference<?> reference) {
            return reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer i ? i : 0;
        }
    }
}
