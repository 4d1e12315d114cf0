/**
 * The rich plan document: every plan d'action of a regroupement, in its own hierarchy and
 * vocabulary, without loss (levels, items, action details, échéanciers, committees, meetings,
 * annexes: communication plan, projects with timeline and budget). Immutable records that
 * validate themselves; {@link ca.concerto.plan.model.PlanChecks} adds the whole-document
 * checks (unique keys, references, level indices, budget totals). Property names of the
 * interchange format (JSON) are the record component names.
 */
@Version("1.3.0")
@Export
package ca.concerto.plan.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
