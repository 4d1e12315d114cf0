package ca.concerto.engine.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code Concerto-Workflows} manifest header: a comma-separated list of resource paths inside the
 * bundle (BPMN, DMN, CMMN) that the engine deploys when the bundle is active.
 */
public final class WorkflowsHeader {

    /** The manifest header a workflow bundle sets. */
    public static final String NAME = "Concerto-Workflows";

    private WorkflowsHeader() {
    }

    /**
     * The resource paths named by a header value, in order, without duplicates, blanks, leading slashes or
     * parameters ({@code path;foo=bar} gives {@code path}). A null or blank value gives an empty list.
     */
    public static List<String> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        Set<String> paths = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String path = part;
            int semicolon = path.indexOf(';');
            if (semicolon >= 0) {
                path = path.substring(0, semicolon);
            }
            path = path.strip();
            while (path.startsWith("/")) {
                path = path.substring(1);
            }
            if (!path.isEmpty()) {
                paths.add(path);
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(paths));
    }

    /** Whether the engine can deploy a resource of that name (it picks the parser from the file name). */
    public static boolean isDeployable(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".bpmn") || p.endsWith(".bpmn20.xml") || p.endsWith(".dmn") || p.endsWith(".dmn11.xml")
                || p.endsWith(".cmmn") || p.endsWith(".cmmn11.xml") || p.endsWith(".cmmn10.xml");
    }
}
