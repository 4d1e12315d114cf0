package ca.concerto.health.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link HealthCheck} found.
 *
 * @param healthy whether that part works
 * @param facts   what it measured, by stable key ({@code product}, {@code failedJobs}...), in order
 * @param problem the technical reason it does not work, null when healthy
 */
public record HealthReport(boolean healthy, Map<String, String> facts, String problem) {

    public HealthReport {
        facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(facts, "facts")));
        if (!healthy && (problem == null || problem.isBlank())) {
            throw new IllegalArgumentException("an unhealthy report says its problem");
        }
    }

    public static HealthReport healthy(Map<String, String> facts) {
        return new HealthReport(true, facts, null);
    }

    public static HealthReport failing(String problem, Map<String, String> facts) {
        return new HealthReport(false, facts, problem);
    }
}
