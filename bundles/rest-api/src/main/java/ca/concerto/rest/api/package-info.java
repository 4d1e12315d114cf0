/**
 * The seam through which bundles contribute endpoints to the platform's REST API.
 *
 * <p>A bundle registers a {@link ca.concerto.rest.api.RestResource} service; the host serves it
 * under {@code /api/<path>/...}. The host authenticates every call (HTTP Basic against the
 * platform's users), picks the resource by the first path segment, checks its roles and hands it a
 * {@link ca.concerto.rest.api.RestRequest} carrying the authenticated user (and so the
 * regroupement to work in). The resource answers with a {@link ca.concerto.rest.api.RestResponse}
 * whose body it has already written as JSON, or throws a
 * {@link ca.concerto.rest.api.RestException}, which the host turns into the JSON error body
 * {@code {"status":404,"message":"Plan introuvable"}}. The host never (de)serializes the
 * resources' objects.
 */
@Version("1.0.0")
@Export
package ca.concerto.rest.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
