package ca.concerto.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.workingDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.ops4j.pax.exam.Option;

/**
 * The Pax Exam options that boot the distribution's core: the API jars the host exports and every
 * bundle of its bundles/ folder, except the screens (they need the host's Vaadin) and the
 * modules folder watcher.
 */
final class CoreRuntime {

    private CoreRuntime() {
    }

    static Option[] options(String dbUrl, String dbUser, String dbPassword, String name) {
        Path distribution = Path.of(System.getProperty("concerto.distribution"));
        Path work = Path.of(System.getProperty("concerto.itest.work", "target/itest-work")).resolve(name);
        List<Option> options = new ArrayList<>();
        options.add(junitBundles());
        options.add(cleanCaches());
        options.add(workingDirectory(work.toString()));
        options.add(frameworkProperty("concerto.home").value(work.toString()));
        options.add(frameworkProperty("concerto.data").value(work.resolve("data").toString()));
        options.add(frameworkProperty("concerto.db.url").value(dbUrl));
        options.add(frameworkProperty("concerto.db.user").value(dbUser));
        options.add(frameworkProperty("concerto.db.password").value(dbPassword));
        options.add(frameworkProperty("concerto.demo").value("false"));
        options.add(systemProperty("org.slf4j.simpleLogger.defaultLogLevel").value("warn"));
        // Pax Exam brings pax-logging, which would log the engine at DEBUG.
        options.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        options.add(fileBundle(jarOf(org.slf4j.Logger.class)));
        options.add(fileBundle(jarOf(org.slf4j.impl.SimpleLogger.class)));
        try (Stream<Path> lib = Files.list(distribution.resolve("lib"));
             Stream<Path> core = Files.list(distribution.resolve("bundles"))) {
            // The API jars the host exports to bundles, except those that need its Vaadin (screens).
            lib.filter(jar -> jar.getFileName().toString().matches("concerto-.*-api-.*\\.jar"))
                    .filter(CoreRuntime::isCoreBundle).sorted().forEach(jar -> options.add(fileBundle(jar)));
            core.filter(CoreRuntime::isCoreBundle).sorted().forEach(jar -> options.add(fileBundle(jar)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the distribution at " + distribution, e);
        }
        return options.toArray(Option[]::new);
    }

    private static boolean isCoreBundle(Path jar) {
        String name = jar.getFileName().toString();
        if (!name.endsWith(".jar") || name.contains("fileinstall")) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            String imports = file.getManifest().getMainAttributes().getValue("Import-Package");
            return imports == null || !imports.contains("com.vaadin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Option fileBundle(Path jar) {
        return bundle(jar.toUri().toString());
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
