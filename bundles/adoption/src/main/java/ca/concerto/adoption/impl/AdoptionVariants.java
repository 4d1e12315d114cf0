package ca.concerto.adoption.impl;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import ca.concerto.workflow.api.AdoptionVariant;

/**
 * The regional variants present, in OSGi order: highest service ranking first, then the
 * longest-registered (lowest service id).
 */
final class AdoptionVariants {

    private record Rank(int ranking, long serviceId) {
    }

    private static final Comparator<Rank> ORDER =
            Comparator.comparingInt(Rank::ranking).reversed().thenComparingLong(Rank::serviceId);

    private final ConcurrentSkipListMap<Rank, AdoptionVariant> variants = new ConcurrentSkipListMap<>(ORDER);

    void add(AdoptionVariant variant, Map<String, ?> properties) {
        variants.put(rank(properties), variant);
    }

    void remove(Map<String, ?> properties) {
        variants.remove(rank(properties));
    }

    /** The variant that runs this regroupement's adoption, if any. */
    Optional<AdoptionVariant> forRegroupement(String regroupementId) {
        return variants.values().stream().filter(v -> v.appliesTo(regroupementId)).findFirst();
    }

    private static Rank rank(Map<String, ?> properties) {
        Object ranking = properties.get("service.ranking");
        Object id = properties.get("service.id");
        return new Rank(ranking instanceof Integer r ? r : 0, id instanceof Long l ? l : 0L);
    }
}
