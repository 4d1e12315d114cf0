package ca.concerto.variant.aga.impl;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The module's configuration: which regroupements adopt their plan at the AGA, and the AGA's quorum.
 * Read in the components' activate, from the component's properties ({@code regroupements},
 * {@code quorum}: a DS or Configuration Admin configuration, PID {@value #PID}), else from the
 * framework properties {@value #REGROUPEMENTS_PROPERTY} and {@value #QUORUM_PROPERTY} (in
 * conf/concerto.properties: {@code variant.aga.regroupements=...}, {@code variant.aga.quorum=...}).
 *
 * @param regroupements ids of the regroupements whose cycle uses this variant; none if not configured
 * @param quorum        the AGA's quorum: {@code majority} (more than half of the member organizations,
 *                      the default), a number of member organizations ({@code 12}), or a share of
 *                      them ({@code 25%}, rounded up)
 */
record AgaSettings(Set<String> regroupements, String quorum) {

    static final String PID = "ca.concerto.variant.aga";
    static final String REGROUPEMENTS_PROPERTY = "concerto.variant.aga.regroupements";
    static final String QUORUM_PROPERTY = "concerto.variant.aga.quorum";
    static final String MAJORITY = "majority";

    AgaSettings {
        regroupements = Set.copyOf(regroupements);
        quorum = quorum == null || quorum.isBlank() ? MAJORITY : quorum.strip().toLowerCase(Locale.ROOT);
        quorumOf(1, quorum); // fails now on a malformed value, not at the AGA
    }

    /**
     * @param componentProperties the component's properties (keys {@code regroupements}, {@code quorum})
     * @param frameworkProperties the framework's properties, e.g. {@code BundleContext::getProperty}
     */
    static AgaSettings of(Map<String, ?> componentProperties, Function<String, String> frameworkProperties) {
        String regroupements = value(componentProperties.get("regroupements"));
        if (regroupements == null) {
            regroupements = frameworkProperties.apply(REGROUPEMENTS_PROPERTY);
        }
        String quorum = value(componentProperties.get("quorum"));
        if (quorum == null) {
            quorum = frameworkProperties.apply(QUORUM_PROPERTY);
        }
        return new AgaSettings(ids(regroupements), quorum);
    }

    /** The AGA's quorum for a regroupement with that many member organizations. */
    int quorumFor(int memberOrganizations) {
        return quorumOf(memberOrganizations, quorum);
    }

    private static int quorumOf(int members, String quorum) {
        try {
            if (MAJORITY.equals(quorum)) {
                return members / 2 + 1;
            }
            if (quorum.endsWith("%")) {
                int percent = Integer.parseInt(quorum.substring(0, quorum.length() - 1).strip());
                if (percent < 1 || percent > 100) {
                    throw new IllegalArgumentException(QUORUM_PROPERTY + " must be between 1% and 100%: " + quorum);
                }
                return Math.max(1, (members * percent + 99) / 100);
            }
            int fixed = Integer.parseInt(quorum);
            if (fixed < 1) {
                throw new IllegalArgumentException(QUORUM_PROPERTY + " must be at least 1: " + quorum);
            }
            return fixed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(QUORUM_PROPERTY + " is not 'majority', a number or a percentage: "
                    + quorum, e);
        }
    }

    /** Comma-separated ids, as a set (a String[] or collection property too). */
    static Set<String> ids(Object configured) {
        String text = value(configured);
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String value(Object property) {
        String text = switch (property) {
            case null -> null;
            case String[] values -> String.join(",", values);
            case Iterable<?> values -> java.util.stream.StreamSupport.stream(values.spliterator(), false)
                    .map(String::valueOf).collect(Collectors.joining(","));
            default -> property.toString();
        };
        return text == null || text.isBlank() ? null : text;
    }
}
