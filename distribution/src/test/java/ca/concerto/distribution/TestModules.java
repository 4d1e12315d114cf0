package ca.concerto.distribution;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Module jars made for the hot-deployment tests: compiled here from source against the test class
 * path (which holds the host's API jars), so the tests need no extra build module.
 */
final class TestModules {

    private static final String SCREEN_MODULE = """
            package test.hello;

            import java.io.InputStreamReader;
            import java.nio.charset.StandardCharsets;
            import java.util.Locale;
            import java.util.Properties;
            import java.util.Set;

            import ca.concerto.identity.api.Role;
            import ca.concerto.ui.api.Screen;
            import com.vaadin.flow.component.Component;
            import com.vaadin.flow.component.html.Div;
            import com.vaadin.flow.component.html.Paragraph;
            import org.osgi.framework.BundleActivator;
            import org.osgi.framework.BundleContext;

            public class HelloActivator implements BundleActivator {
                public void start(BundleContext context) throws Exception {
                    Properties texts = new Properties();
                    try (var in = HelloActivator.class.getResourceAsStream("/hello.properties")) {
                        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                    context.registerService(Screen.class, new HelloScreen(texts), null);
                }

                public void stop(BundleContext context) {
                }

                public static class HelloScreen implements Screen {
                    private final Properties texts;

                    HelloScreen(Properties texts) {
                        this.texts = texts;
                    }

                    public String route() { return "hello"; }
                    public Class<? extends Component> viewType() { return HelloView.class; }
                    public Component createView() { return new HelloView(texts.getProperty("greeting")); }
                    public String title(Locale locale) { return texts.getProperty("title"); }
                    public Set<Role> allowedRoles() { return Set.of(); }
                }

                public static class HelloView extends Div {
                    public HelloView() {
                        this("");
                    }

                    HelloView(String greeting) {
                        Paragraph text = new Paragraph(greeting);
                        text.setId("hello-text");
                        add(text);
                    }
                }
            }
            """;

    private static final String THROWING_ACTIVATOR = """
            package test.boom;

            import org.osgi.framework.BundleActivator;
            import org.osgi.framework.BundleContext;

            public class BoomActivator implements BundleActivator {
                public void start(BundleContext context) {
                    throw new IllegalStateException("module test.boom fails on purpose");
                }

                public void stop(BundleContext context) {
                }
            }
            """;

    private TestModules() {
    }

    /** A module contributing the screen "hello" whose page shows {@code greeting}. */
    static Path screenModule(Path dir, String version, String title, String greeting) {
        Path classes = compile(dir.resolve("hello-classes-" + version), "test/hello/HelloActivator.java", SCREEN_MODULE);
        Manifest manifest = bundleManifest("test.hello", version);
        manifest.getMainAttributes().putValue("Bundle-Activator", "test.hello.HelloActivator");
        manifest.getMainAttributes().putValue("Import-Package", String.join(",", List.of(
                "org.osgi.framework", "ca.concerto.ui.api", "ca.concerto.identity.api",
                "com.vaadin.flow.component", "com.vaadin.flow.component.html")));
        String texts = "title=" + title + "\ngreeting=" + greeting + "\n";
        return jar(dir.resolve("hello-" + version + ".jar"), manifest, classes,
                Map.of("hello.properties", texts.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A bundle whose activator is {@code activatorClass} (fully qualified), compiled from {@code source},
     * importing {@code imports} (org.osgi.framework is always imported).
     */
    static Path activatorModule(Path dir, String symbolicName, String activatorClass, String source,
                                List<String> imports) {
        Path classes = compile(dir.resolve(symbolicName + "-classes"), activatorClass.replace('.', '/') + ".java", source);
        Manifest manifest = bundleManifest(symbolicName, "1.0.0");
        manifest.getMainAttributes().putValue("Bundle-Activator", activatorClass);
        List<String> all = new java.util.ArrayList<>(List.of("org.osgi.framework"));
        all.addAll(imports);
        manifest.getMainAttributes().putValue("Import-Package", String.join(",", all));
        return jar(dir.resolve(symbolicName + ".jar"), manifest, classes, Map.of());
    }

    /** A bundle whose activator throws. */
    static Path throwingModule(Path dir) {
        Path classes = compile(dir.resolve("boom-classes"), "test/boom/BoomActivator.java", THROWING_ACTIVATOR);
        Manifest manifest = bundleManifest("test.boom", "1.0.0");
        manifest.getMainAttributes().putValue("Bundle-Activator", "test.boom.BoomActivator");
        manifest.getMainAttributes().putValue("Import-Package", "org.osgi.framework");
        return jar(dir.resolve("boom.jar"), manifest, classes, Map.of());
    }

    /** A bundle that imports a package nobody exports. */
    static Path unresolvableModule(Path dir) {
        Manifest manifest = bundleManifest("test.unresolvable", "1.0.0");
        manifest.getMainAttributes().putValue("Import-Package", "ca.concerto.nowhere.api;version=\"[9,10)\"");
        return jar(dir.resolve("unresolvable.jar"), manifest, null, Map.of());
    }

    /** A jar that is no bundle at all. */
    static Path notABundle(Path dir) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        return jar(dir.resolve("not-a-bundle.jar"), manifest, null,
                Map.of("readme.txt", "no bundle here".getBytes(StandardCharsets.UTF_8)));
    }

    private static Manifest bundleManifest(String symbolicName, String version) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        return manifest;
    }

    private static Path compile(Path output, String fileName, String source) {
        try {
            Path sources = output.resolveSibling(output.getFileName() + "-src");
            Path file = sources.resolve(fileName);
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
            Files.createDirectories(output);
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            int result = compiler.run(null, null, null, "--release", "21", "-classpath",
                    System.getProperty("java.class.path"), "-d", output.toString(), file.toString());
            if (result != 0) {
                throw new IllegalStateException("Test module did not compile: " + fileName);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path jar(Path target, Manifest manifest, Path classes, Map<String, byte[]> resources) {
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream file = Files.newOutputStream(target);
                 JarOutputStream jar = new JarOutputStream(file, manifest)) {
                if (classes != null) {
                    try (Stream<Path> walk = Files.walk(classes)) {
                        for (Path path : walk.filter(Files::isRegularFile).toList()) {
                            jar.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                            jar.write(Files.readAllBytes(path));
                            jar.closeEntry();
                        }
                    }
                }
                for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
                    jar.putNextEntry(new JarEntry(resource.getKey()));
                    jar.write(resource.getValue());
                    jar.closeEntry();
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
