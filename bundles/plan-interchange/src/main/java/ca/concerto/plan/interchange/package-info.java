/**
 * The plan document's JSON interchange format: writing (for people and in canonical form),
 * fingerprints of versions, reading with every problem reported, and diffs between versions.
 * See the bundle's README and {@code schema/concerto-plan.schema.json}.
 */
@Version("1.1.0")
@Export
package ca.concerto.plan.interchange;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
