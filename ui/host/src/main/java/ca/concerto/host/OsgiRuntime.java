package ca.concerto.host;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded Felix: framework properties, core bundles from {@code <home>/bundles}, life cycle. */
public final class OsgiRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(OsgiRuntime.class);

    private final HostConfig config;
    private final ModuleMonitor monitor;
    private Felix felix;

    public OsgiRuntime(HostConfig config, ModuleMonitor monitor) {
        this.config = config;
        this.monitor = monitor;
    }

    /** The framework properties; {@code systemPackagesExtra} from {@link SystemPackages}. */
    public static Map<String, String> frameworkProperties(HostConfig config, String systemPackagesExtra) {
        Map<String, String> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_STORAGE, config.data().resolve("felix-cache").toString());
        p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        p.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, systemPackagesExtra);
        p.put("felix.log.level", "1");
        p.put("felix.fileinstall.dir", config.modules().toString());
        p.put("felix.fileinstall.poll", "1000");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.optionalImportRefreshScope", "managed");
        p.put("felix.fileinstall.bundles.new.start", "true");
        p.put("felix.fileinstall.log.level", "2");
        // Settings from conf/concerto.properties for the bundles; system properties of the same name win.
        config.bundleSettings().forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                p.put(key, value);
            }
        });
        p.put("concerto.home", config.home().toString());
        p.put("concerto.data", config.data().toString());
        p.put("concerto.db.url", config.dbUrl());
        p.put("concerto.db.user", config.dbUser());
        p.put("concerto.db.password", config.dbPassword());
        p.put("concerto.demo", String.valueOf(config.demo()));
        p.put("concerto.http.port", String.valueOf(config.httpPort()));
        return p;
    }

    public BundleContext start(String systemPackagesExtra) throws BundleException, IOException {
        Files.createDirectories(config.modules());
        Files.createDirectories(config.data());
        felix = new Felix(frameworkProperties(config, systemPackagesExtra));
        felix.init();
        BundleContext ctx = felix.getBundleContext();
        monitor.open(ctx);
        felix.start();
        installCoreBundles(ctx);
        return ctx;
    }

    /** Installs every jar of bundles/ (sorted), then starts them all; a bad bundle is logged and skipped. */
    private void installCoreBundles(BundleContext ctx) throws IOException {
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(config.bundles())) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(config.bundles(), "*.jar")) {
                ds.forEach(jars::add);
            }
        }
        jars.sort(null);
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars) {
            try {
                installed.add(ctx.installBundle(jar.toUri().toString()));
            } catch (BundleException | RuntimeException e) {
                LOG.error("Cannot install {}: {}", jar.getFileName(), e.getMessage());
                monitor.error(jar.getFileName().toString(), e);
            }
        }
        for (Bundle b : installed) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                b.start();
            } catch (BundleException | RuntimeException e) {
                LOG.error("Cannot start {}: {}", ModuleMonitor.name(b), e.getMessage(), e);
                monitor.error(ModuleMonitor.name(b), e);
            }
        }
        LOG.info("{} core bundle(s) installed from {}", installed.size(), config.bundles());
        for (Bundle b : felix.getBundleContext().getBundles()) {
            LOG.info("Bundle {} {} {} {}", b.getBundleId(), ModulesView.stateName(b.getState()), b.getSymbolicName(),
                    b.getVersion());
        }
    }

    public void stop() {
        if (felix == null) {
            return;
        }
        try {
            monitor.close();
            felix.stop();
            FrameworkEvent e = felix.waitForStop(30_000);
            if (e.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                LOG.warn("Felix did not stop within 30 s");
            }
        } catch (BundleException | InterruptedException e) {
            LOG.warn("Stopping Felix: {}", e.getMessage());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        felix = null;
    }
}
