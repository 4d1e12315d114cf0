package ca.concerto.host;

import java.net.BindException;
import java.util.concurrent.CountDownLatch;

import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Concerto's host: checks the database and the port, starts Felix with the core bundles of
 * {@code <home>/bundles} and FileInstall watching {@code <home>/modules}, then serves Vaadin on Jetty.
 * Exit code 2 when a preflight check fails.
 */
public final class ConcertoHost {

    public static final int EXIT_PREFLIGHT = 2;
    public static final int EXIT_FAILURE = 1;

    private static Logger log;
    private final HostConfig config;
    private final ModuleMonitor monitor;
    private final OsgiRuntime osgi;
    private WebServer web;
    private final CountDownLatch stopped = new CountDownLatch(1);

    ConcertoHost(HostConfig config) {
        this.config = config;
        this.monitor = new ModuleMonitor(config.modules());
        this.osgi = new OsgiRuntime(config, monitor);
    }

    public static void main(String[] args) {
        int code = run(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(String[] args) {
        HostConfig config;
        try {
            config = HostConfig.load(args);
            LogSetup.init(config.logs());
        } catch (Exception e) {
            System.err.println(Messages.bilingual("start.configError", String.valueOf(e.getMessage())));
            return EXIT_PREFLIGHT;
        }
        log = LoggerFactory.getLogger(ConcertoHost.class);
        log.info("Concerto home: {}", config.home());
        log.info("Java {} ({}), {}", Runtime.version(), System.getProperty("java.vendor"),
                System.getProperty("java.home"));
        log.info("Database: {} {} (user '{}')", config.dbKind(), config.dbUrlForLog(), config.dbUser());
        log.info("HTTP port: {}, demo: {}", config.httpPort(), config.demo());

        Preflight.Result port = Preflight.checkPort(config.httpPort());
        if (!port.ok()) {
            log.error(port.bilingualMessage());
            return EXIT_PREFLIGHT;
        }
        Preflight.Result home = Preflight.lockHome(config.data());
        if (!home.ok()) {
            log.error(home.bilingualMessage());
            return EXIT_PREFLIGHT;
        }
        Preflight.Result db = Preflight.checkDatabase(config.dbUrl(), config.dbUser(), config.dbPassword());
        if (!db.ok()) {
            log.error(db.bilingualMessage());
            return EXIT_PREFLIGHT;
        }
        ConcertoHost host = new ConcertoHost(config);
        Runtime.getRuntime().addShutdownHook(new Thread(host::stop, "concerto-shutdown"));
        try {
            host.start();
        } catch (BindException e) {
            log.error(Messages.bilingual("preflight.port.inUse", String.valueOf(config.httpPort())));
            host.stop();
            return EXIT_PREFLIGHT;
        } catch (Exception | LinkageError e) {
            log.error("Concerto failed to start", e);
            host.stop();
            return EXIT_FAILURE;
        }
        return 0;
    }

    void start() throws Exception {
        long t0 = System.nanoTime();
        String extra = SystemPackages.compute(SystemPackages.classPathManifests(ConcertoHost.class.getClassLoader()));
        log.info("System packages exported to bundles: {}", extra.split(",").length);
        log.debug("org.osgi.framework.system.packages.extra={}", extra);
        BundleContext ctx = osgi.start(extra);
        HostServices.init(ctx, config, monitor);
        ScreenRegistry.get().open(ctx);
        HomePanels.open(ctx);
        RestRegistry.get().open(ctx);
        web = new WebServer(config.httpPort(), config.data().resolve("webroot"));
        try {
            web.start();
        } catch (Exception e) {
            if (hasBind(e)) {
                throw new BindException(e.getMessage());
            }
            throw e;
        }
        log.info("Serving http://localhost:{}/ (started in {} ms)", config.httpPort(),
                (System.nanoTime() - t0) / 1_000_000);
        log.info(Messages.get(Messages.FRENCH, "start.ready", "http://localhost:" + config.httpPort()));
    }

    private static boolean hasBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        if (log != null) {
            log.info("Concerto stopping");
        }
        if (web != null) {
            web.stop();
        }
        ScreenRegistry.get().close();
        HomePanels.close();
        RestRegistry.get().close();
        HostServices.close();
        osgi.stop();
        if (log != null) {
            log.info("Concerto stopped");
        }
        stopped.countDown();
    }
}
