/**
 * The adoption cycle as the rest of the platform sees it: starting a plan's adoption and the
 * human tasks (task inbox) that the workflow engine hands to facilitators and boards: claiming,
 * delegating, completing with validated form data, saved filters and the history of each task.
 */
@Version("1.3.0")
@Export
package ca.concerto.workflow.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
