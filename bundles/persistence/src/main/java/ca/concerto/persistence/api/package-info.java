/**
 * Versioned SQL schema migrations for the platform's main database (replaces Flyway, which
 * has no OSGi headers since 9.x).
 *
 * <h2>Scripts</h2>
 * A bundle keeps its scripts in one folder of its own entries (for example {@code db/migration})
 * and calls {@link ca.concerto.persistence.api.SchemaMigrations#migrate(String, org.osgi.framework.Bundle, String)}
 * before it uses its tables. A script is named {@code V<n>__<description>.sql}, where {@code <n>}
 * is a positive integer (1, 2, 10; ordered numerically, not as text) and the description uses
 * {@code _} for spaces.
 * <ul>
 * <li>Write portable SQL that runs on both H2 2.x and PostgreSQL 15 when you can
 * ({@code BIGINT}, {@code VARCHAR(n)}, {@code TIMESTAMP WITH TIME ZONE}, {@code BOOLEAN},
 * {@code CREATE SEQUENCE s START WITH 1 INCREMENT BY 50}, named constraints).</li>
 * <li>When a script cannot be portable, give a variant per database instead:
 * {@code V3__x.h2.sql} and {@code V3__x.postgresql.sql}. The variant of the running database is
 * used; a plain {@code V3__x.sql} is the fallback. The checksum is taken from the variant used.</li>
 * <li>Statements end with {@code ;}. Quoted strings, {@code --} and {@code /* *}{@code /} comments
 * are understood; PostgreSQL dollar-quoted bodies ({@code $$}) are not: no functions or
 * procedures in scripts.</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * Scripts are applied in version order, each in its own transaction, and recorded in
 * {@code concerto_schema_history(owner, version, description, checksum, installed_on)}, one row
 * per owner and version. An applied script is never run again. If an applied script's content
 * changed (SHA-256 of its text, line endings normalized), or a new script has a version lower
 * than one already applied, migration stops with a {@link ca.concerto.persistence.api.MigrationException}
 * and the caller must not start. Never edit an applied script: add a new one.
 * On PostgreSQL DDL is transactional, so a failed script leaves nothing behind; on H2 DDL
 * commits on its own, so a script that fails midway can leave part of its changes (keep H2
 * scripts small). Concurrent migrations of the same database are serialized (an advisory lock
 * on PostgreSQL, a lock in the JVM for H2).
 */
@Version("1.1.0")
@Export
package ca.concerto.persistence.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
