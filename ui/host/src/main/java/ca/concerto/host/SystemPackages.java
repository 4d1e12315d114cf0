package ca.concerto.host;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * Computes {@code org.osgi.framework.system.packages.extra}: the packages (with their versions) that the
 * Vaadin/Flow jars, the Concerto API jars, slf4j and the servlet API on the host class path declare in
 * their {@code Export-Package} headers. Bundles then wire to the very classes the host uses.
 */
public final class SystemPackages {

    /** Jars whose exports go to bundles; anything else on the host class path (drivers, Jetty, Felix) stays private. */
    public static final Pattern EXPORTED_JARS = Pattern.compile(
            "(flow-.*|vaadin-.*|concerto-.*-api.*|slf4j-api.*|jakarta\\.servlet-api.*|jackson-.*|jsoup.*|jspecify.*)\\.jar");

    private SystemPackages() {
    }

    /** One jar's manifest, by jar file name. */
    public record JarManifest(String jarName, Manifest manifest) {
    }

    /** The manifests of every jar on the class path of {@code loader} (works with -cp and with a Class-Path manifest). */
    public static List<JarManifest> classPathManifests(ClassLoader loader) throws IOException {
        List<JarManifest> result = new ArrayList<>();
        Enumeration<URL> urls = loader.getResources("META-INF/MANIFEST.MF");
        while (urls.hasMoreElements()) {
            URL url = urls.nextElement();
            String s = url.toString();
            int bang = s.lastIndexOf("!/");
            if (bang < 0) {
                continue;
            }
            String jar = s.substring(0, bang);
            String name = jar.substring(jar.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                result.add(new JarManifest(name, new Manifest(in)));
            }
        }
        return result;
    }

    /**
     * The value for {@code org.osgi.framework.system.packages.extra}. A jar may export one package at
     * several versions on purpose (slf4j-api 2 also exports {@code org.slf4j} as 1.7.36 for bundles
     * such as HikariCP that import {@code [1.6,2)}): all of them are kept. When two jars export the
     * same package, the one with the higher version wins, since the class path holds one class anyway.
     */
    public static String compute(List<JarManifest> manifests, Predicate<String> jarFilter) {
        Map<String, SortedSet<String>> packages = new LinkedHashMap<>();
        for (JarManifest jm : manifests) {
            if (!jarFilter.test(jm.jarName())) {
                continue;
            }
            String header = jm.manifest().getMainAttributes().getValue(new Attributes.Name("Export-Package"));
            if (header == null) {
                continue;
            }
            for (Map.Entry<String, SortedSet<String>> e : exportedVersions(header).entrySet()) {
                packages.merge(e.getKey(), e.getValue(),
                        (a, b) -> compareVersions(a.last(), b.last()) >= 0 ? a : b);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, SortedSet<String>> e : packages.entrySet()) {
            for (String version : e.getValue().reversed()) {
                if (!sb.isEmpty()) {
                    sb.append(',');
                }
                sb.append(e.getKey());
                if (!version.isEmpty()) {
                    sb.append(";version=\"").append(version).append('"');
                }
            }
        }
        return sb.toString();
    }

    public static String compute(List<JarManifest> manifests) {
        return compute(manifests, name -> EXPORTED_JARS.matcher(name).matches());
    }

    /**
     * Package name to its highest version ("" when none) from an {@code Export-Package} header;
     * directives ({@code uses:=}, {@code x-internal:=}...) and other attributes are dropped.
     */
    public static Map<String, String> parseExportPackage(String header) {
        Map<String, String> result = new LinkedHashMap<>();
        exportedVersions(header).forEach((name, versions) -> result.put(name, versions.last()));
        return result;
    }

    /** Package name to every version ("" when none) an {@code Export-Package} header declares it at. */
    public static Map<String, SortedSet<String>> exportedVersions(String header) {
        Map<String, SortedSet<String>> result = new LinkedHashMap<>();
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            List<String> names = new ArrayList<>();
            String version = "";
            for (String part : parts) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                int eq = p.indexOf('=');
                if (eq < 0) {
                    names.add(p);
                } else if (!p.substring(0, eq).endsWith(":")) {
                    String attr = p.substring(0, eq).trim();
                    if (attr.equals("version") || attr.equals("specification-version")) {
                        version = unquote(p.substring(eq + 1).trim());
                    }
                }
            }
            for (String n : names) {
                result.computeIfAbsent(n, k -> new TreeSet<>(SystemPackages::compareVersions)).add(version);
            }
        }
        return result;
    }

    /** Splits on a separator outside double quotes. */
    static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                cur.append(c);
            } else if (c == sep && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString());
        }
        return out;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    static String higher(String a, String b) {
        return compareVersions(a, b) >= 0 ? a : b;
    }

    static int compareVersions(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? (b.isEmpty() ? 0 : -1) : 1;
        }
        String[] x = a.split("\\.", 4);
        String[] y = b.split("\\.", 4);
        for (int i = 0; i < 3; i++) {
            int xi = i < x.length ? parse(x[i]) : 0;
            int yi = i < y.length ? parse(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return (x.length > 3 ? x[3] : "").compareTo(y.length > 3 ? y[3] : "");
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
