package ca.concerto.variant.joint.impl;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The module's configuration: which regroupements run their cycle jointly, and the partner chantier's
 * name. Read in the component's activate, from the component's properties ({@code regroupements},
 * {@code partner}; a DS or Configuration Admin configuration, PID {@value #PID}), else from the
 * framework properties {@value #REGROUPEMENTS_PROPERTY} and {@value #PARTNER_PROPERTY} (in
 * conf/concerto.properties: {@code variant.joint.regroupements=...}, {@code variant.joint.partner=...});
 * {@code variant.joint.partner.<regroupement id>} names the partner of one regroupement.
 */
record JointSettings(Set<String> regroupements, String partner, Function<String, String> partnerOf) {

    static final String PID = "ca.concerto.variant.joint";
    static final String REGROUPEMENTS_PROPERTY = "concerto.variant.joint.regroupements";
    static final String PARTNER_PROPERTY = "concerto.variant.joint.partner";
    static final String DEFAULT_PARTNER = "Chantier partenaire";

    static JointSettings of(Map<String, ?> componentProperties, Function<String, String> frameworkProperties) {
        String regroupements = value(componentProperties.get("regroupements"));
        if (regroupements == null) {
            regroupements = value(frameworkProperties.apply(REGROUPEMENTS_PROPERTY));
        }
        String partner = value(componentProperties.get("partner"));
        if (partner == null) {
            partner = value(frameworkProperties.apply(PARTNER_PROPERTY));
        }
        Set<String> ids = regroupements == null ? Set.of()
                : Arrays.stream(regroupements.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
        return new JointSettings(ids, partner == null ? DEFAULT_PARTNER : partner.strip(),
                id -> value(frameworkProperties.apply(PARTNER_PROPERTY + "." + id)));
    }

    /** The partner chantier of that regroupement's joint cycle. */
    String partnerFor(String regroupementId) {
        String own = partnerOf.apply(regroupementId);
        return own != null ? own.strip() : partner;
    }

    private static String value(Object property) {
        String text = switch (property) {
            case null -> null;
            case String[] values -> String.join(",", values);
            default -> property.toString();
        };
        return text == null || text.isBlank() ? null : text;
    }
}
