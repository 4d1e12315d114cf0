/**
 * The yearly cycle of a plan d'action, as its records: launch (from the template or carried over
 * from the previous plan), consultation of members and partners, rencontres, the comité de
 * rédaction, comments and proposed changes on the draft, and the follow-up (suivi) with its
 * annual bilan. Adoption and publication are recorded by {@link ca.concerto.plan.api.PlanService}.
 * Every call names its regroupement; another regroupement's cycle is absent.
 */
@Version("1.1.0")
@Export
package ca.concerto.cycle.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
