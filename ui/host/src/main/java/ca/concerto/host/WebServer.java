package ca.concerto.host;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jetty.ee11.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee11.plus.webapp.EnvConfiguration;
import org.eclipse.jetty.ee11.plus.webapp.PlusConfiguration;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.webapp.Configuration;
import org.eclipse.jetty.ee11.webapp.FragmentConfiguration;
import org.eclipse.jetty.ee11.webapp.JettyWebXmlConfiguration;
import org.eclipse.jetty.ee11.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.ee11.webapp.WebInfConfiguration;
import org.eclipse.jetty.ee11.webapp.WebXmlConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Embedded Jetty 12.1 (ee11) serving Vaadin. The context loads classes parent-first (one copy of each
 * class, shared with Felix's system bundle) and scans only the Flow/Vaadin jars and the host jar.
 */
final class WebServer {

    /** The jars Jetty scans for Vaadin's initializers, routes and app shell. */
    static final Pattern SCANNED = Pattern.compile(".*/(flow-[^/]*|vaadin-[^/]*|concerto-host[^/]*)\\.jar$|.*/classes/?$");

    /** Where the REST API is served. */
    static final String API_MAPPING = "/api/*";

    private final Server server;

    WebServer(int port, Path webRoot) throws Exception {
        Files.createDirectories(webRoot);
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(port);
        server.addConnector(connector);

        WebAppContext ctx = new WebAppContext();
        ctx.setContextPath("/");
        ctx.setBaseResourceAsPath(webRoot);
        ctx.setParentLoaderPriority(true);
        ctx.setDefaultsDescriptor(null);
        ctx.setThrowUnavailableOnStartupException(true);
        ctx.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, SCANNED.pattern());
        ctx.setConfigurations(new Configuration[] {
            new WebInfConfiguration(), new WebXmlConfiguration(), new HostMetaInfConfiguration(),
            new FragmentConfiguration(), new EnvConfiguration(), new PlusConfiguration(),
            new AnnotationConfiguration(), new JettyWebXmlConfiguration()
        });
        ServletHolder vaadin = new ServletHolder("vaadin", ConcertoServlet.class);
        vaadin.setInitOrder(1);
        vaadin.setAsyncSupported(true);
        vaadin.setInitParameter("productionMode", "true");
        ctx.addServlet(vaadin, "/*");
        // The REST API: a longer prefix than Vaadin's "/*", so the servlet mapping gives /api/* to it alone
        ServletHolder api = new ServletHolder("api", new ApiServlet());
        api.setInitOrder(0);
        ctx.addServlet(api, API_MAPPING);
        // Jetty's fallback 404 servlet is hidden from the webapp loader: Vaadin's ServletDeployer would warn
        ctx.getServletHandler().setEnsureDefaultServlet(false);
        server.setHandler(ctx);
        server.setStopAtShutdown(false);
    }

    void start() throws Exception {
        server.start();
    }

    void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            // logged by Jetty; the host goes on stopping Felix
        }
    }

    /**
     * The host class path jars that Jetty does not see itself: with {@code java -jar concerto-host.jar} the
     * jars named by its Class-Path manifest are not in {@code java.class.path}, which is all Jetty reads.
     */
    static List<URI> classPathJars() {
        Set<Path> paths = new LinkedHashSet<>();
        try {
            var urls = WebServer.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (urls.hasMoreElements()) {
                String s = urls.nextElement().toString();
                int bang = s.lastIndexOf("!/");
                if (s.startsWith("jar:") && bang > 0) {
                    try {
                        paths.add(Path.of(URI.create(s.substring(4, bang))).toAbsolutePath().normalize());
                    } catch (RuntimeException notAFile) {
                        // a nested or non-file jar: Jetty cannot scan it anyway
                    }
                }
            }
        } catch (java.io.IOException e) {
            // fall back to what Jetty finds itself
        }
        String cp = System.getProperty("java.class.path", "");
        for (String entry : cp.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                paths.remove(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        List<URI> uris = new ArrayList<>();
        paths.forEach(p -> uris.add(p.toUri()));
        return uris;
    }

    /** Container jars from the real class path (the JDK app loader is no URLClassLoader). */
    static final class HostMetaInfConfiguration extends MetaInfConfiguration {
        @Override
        protected List<URI> getAllContainerJars(WebAppContext context) {
            return classPathJars();
        }

        @Override
        public Class<? extends Configuration> replaces() {
            return MetaInfConfiguration.class;
        }
    }
}
