package ca.concerto.host;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects module problems (framework errors, failed resolution or start) for the "Modules" screen. */
public final class ModuleMonitor implements FrameworkListener, BundleListener {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleMonitor.class);
    private static final int MAX_ERRORS = 200;

    /** One problem, newest first in {@link #errors()}. */
    public record ModuleError(LocalDateTime time, String source, String message) {
    }

    /** A jar in modules/ and whether it is a bundle. */
    public record ModuleFile(String name, boolean bundle, String symbolicName) {
    }

    private final Path modulesDir;
    private final Deque<ModuleError> errors = new ConcurrentLinkedDeque<>();
    private final Set<String> diagnosed = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "concerto-module-monitor");
        t.setDaemon(true);
        return t;
    });
    private volatile BundleContext context;

    public ModuleMonitor(Path modulesDir) {
        this.modulesDir = modulesDir;
    }

    void open(BundleContext ctx) {
        this.context = ctx;
        ctx.addFrameworkListener(this);
        ctx.addBundleListener(this);
        scheduler.scheduleWithFixedDelay(this::safeDiagnose, 5, 5, TimeUnit.SECONDS);
    }

    void close() {
        scheduler.shutdownNow();
        BundleContext ctx = context;
        if (ctx != null) {
            try {
                ctx.removeFrameworkListener(this);
                ctx.removeBundleListener(this);
            } catch (IllegalStateException ignored) {
                // framework already stopping
            }
        }
    }

    public void error(String source, Throwable t) {
        StringBuilder msg = new StringBuilder(String.valueOf(t.getMessage()));
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            msg.append(" ← ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
        }
        error(source, msg.toString());
    }

    public void error(String source, String message) {
        errors.addFirst(new ModuleError(LocalDateTime.now().withNano(0), source, message));
        while (errors.size() > MAX_ERRORS) {
            errors.removeLast();
        }
    }

    public List<ModuleError> errors() {
        return new ArrayList<>(errors);
    }

    public boolean isFromModules(Bundle b) {
        String loc = b.getLocation();
        return loc != null && loc.contains(modulesDir.toUri().getPath());
    }

    /** The jars in modules/, each marked bundle or not. */
    public List<ModuleFile> moduleFiles() {
        List<ModuleFile> files = new ArrayList<>();
        if (!Files.isDirectory(modulesDir)) {
            return files;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(modulesDir, "*.jar")) {
            for (Path p : ds) {
                String bsn = null;
                try (JarFile jar = new JarFile(p.toFile())) {
                    Manifest m = jar.getManifest();
                    bsn = m == null ? null : m.getMainAttributes().getValue("Bundle-SymbolicName");
                } catch (IOException e) {
                    bsn = null;
                }
                files.add(new ModuleFile(p.getFileName().toString(), bsn != null, bsn));
            }
        } catch (IOException e) {
            LOG.warn("Cannot list {}", modulesDir, e);
        }
        files.sort((a, b) -> a.name().compareTo(b.name()));
        return files;
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.ERROR) {
            Bundle b = event.getBundle();
            String src = b == null ? "framework" : name(b);
            if (event.getThrowable() != null) {
                error(src, event.getThrowable());
            } else {
                error(src, "FrameworkEvent.ERROR");
            }
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.INSTALLED || event.getType() == BundleEvent.UPDATED) {
            diagnosed.remove(key(event.getBundle()));
        }
    }

    /**
     * A bundle meant to run (persistently started) that is not active: try once to start it and keep
     * the reason (unresolved requirement, activator exception). Catches what FileInstall only logs.
     */
    public void diagnose() {
        BundleContext ctx = context;
        if (ctx == null) {
            return;
        }
        for (Bundle b : ctx.getBundles()) {
            if (b.getBundleId() == 0 || b.getHeaders().get("Fragment-Host") != null) {
                continue;
            }
            int state = b.getState();
            if (state != Bundle.INSTALLED && state != Bundle.RESOLVED) {
                continue;
            }
            BundleStartLevel sl = b.adapt(BundleStartLevel.class);
            if (sl == null || !sl.isPersistentlyStarted() || !diagnosed.add(key(b))) {
                continue;
            }
            try {
                b.start();
            } catch (BundleException | RuntimeException e) {
                LOG.warn("Bundle {} does not start: {}", name(b), e.getMessage());
                error(name(b), e);
            }
        }
    }

    private void safeDiagnose() {
        try {
            diagnose();
        } catch (RuntimeException e) {
            LOG.debug("diagnose failed", e);
        }
    }

    private static String key(Bundle b) {
        return b.getBundleId() + "@" + b.getLastModified();
    }

    static String name(Bundle b) {
        String bsn = b.getSymbolicName();
        return (bsn == null ? b.getLocation() : bsn) + " (" + b.getVersion() + ")";
    }
}
