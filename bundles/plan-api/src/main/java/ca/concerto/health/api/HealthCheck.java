package ca.concerto.health.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One part of the platform that can tell whether it works (the database, the workflow engine), as
 * an OSGi service. A check is cheap and quick: the health screen runs every check each time it is
 * shown. Checks say facts, not sentences; the screens name them in the reader's language.
 */
@ConsumerType
public interface HealthCheck {

    /** Stable identifier of what is checked, such as {@code database} or {@code engine}. */
    String id();

    /** Checks now; a failure is reported in the result, never thrown. */
    HealthReport check();
}
