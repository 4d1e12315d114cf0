/**
 * One transaction for the engine and the plan store: while the workflow engine holds a connection on
 * a thread, writes through the store's DataSource on that thread use it, so a delegate's writes commit
 * or roll back with the engine command that ran the delegate. The persistence bundle registers its two
 * DataSources already wrapped; tests and benchmarks that build their own wrap them with
 * {@link ca.concerto.persistence.join.ConnectionJoin}.
 */
@Version("1.0.0")
@Export
package ca.concerto.persistence.join;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
