package ca.concerto.rest.api;

import java.util.Set;

import ca.concerto.identity.api.Role;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A REST resource contributed by a bundle, registered as an OSGi service. The host serves it at
 * {@code /api/}{@link #path()} and below, and stops serving it when the service goes away. When two
 * services claim one path, the one with the highest service ranking (then the lowest service id) wins.
 *
 * <p>Calls arrive authenticated and already checked against {@link #allowedRoles()}. A resource
 * must still confine itself to {@link RestRequest#regroupementId()}: a record of another regroupement
 * is answered as not found (404), never as forbidden, so that callers learn nothing about other tenants.
 * Calls may come on many threads at once.
 */
@ConsumerType
public interface RestResource {

    /**
     * The first path segment under {@code /api}, such as {@code "plans"}: lower case letters,
     * digits and hyphens. Unique across bundles.
     */
    String path();

    /** Roles of which the user needs at least one; empty for any authenticated user. */
    default Set<Role> allowedRoles() {
        return Set.of();
    }

    /**
     * Answers one call.
     *
     * @return the response; its body, if any, is JSON unless the response says otherwise
     * @throws RestException for an answer in error (404, 400 with problems, 405...): the host writes
     *                       the JSON error body. Any other exception is logged and answered 500 with a
     *                       generic message.
     */
    RestResponse handle(RestRequest request) throws RestException;
}
