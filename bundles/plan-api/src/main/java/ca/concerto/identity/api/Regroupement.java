package ca.concerto.identity.api;

/**
 * A regroupement on the platform (a TROC, a ROP, a consortium...): its identifier, which users, plans
 * and cycles carry, and the name people know it by.
 *
 * @param id   lower-case letters, digits and single hyphens, for example {@code troc-monteregie}
 * @param name the name shown on the screens, for example « TROC Montérégie »
 * @since 1.5
 */
public record Regroupement(String id, String name) {
}
