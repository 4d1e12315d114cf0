/**
 * The plan d'action as the core bundles hold it: plans, their objectives and actions, the
 * organizations of a regroupement and the adoption decisions. Every call names the
 * regroupement (tenant) it works in; a service never reads or writes across regroupements.
 */
@Version("1.10.0")
@Export
package ca.concerto.plan.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
