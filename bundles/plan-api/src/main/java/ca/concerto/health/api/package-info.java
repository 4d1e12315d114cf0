/**
 * The platform's health, as each part reports it: the screens of administrators list every
 * {@link ca.concerto.health.api.HealthCheck} service with what it found.
 */
@Version("1.0.0")
@Export
package ca.concerto.health.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
