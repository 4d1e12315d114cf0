package ca.concerto.persistence.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Applies a bundle's versioned SQL scripts to the platform's main database
 * ({@code DataSource} with {@code concerto.datasource=main}). See the package documentation for
 * the naming and the rules.
 */
@ProviderType
public interface SchemaMigrations {

    /** The service property of the main DataSource, and its value. */
    String DATASOURCE_PROPERTY = "concerto.datasource";
    String MAIN_DATASOURCE = "main";
    /**
     * The value of {@link #DATASOURCE_PROPERTY} of the workflow engine's own pool on the same database:
     * the engine's commands do not wait behind the screens' store calls for a connection. The plan store's
     * writes made inside an engine command use the command's connection and transaction
     * ({@link ca.concerto.persistence.join.ConnectionJoin}).
     *
     * @since 1.1
     */
    String ENGINE_DATASOURCE = "engine";

    /**
     * Applies the scripts {@code V<n>__<description>.sql} found in {@code folder} of the bundle's
     * own entries (not its class path), those not applied yet, in version order.
     *
     * @param schemaOwner the name under which the scripts are recorded, usually the bundle's
     *                    symbolic name; two owners never share versions
     * @return the versions applied by this call, in order (empty when the schema was up to date)
     * @throws MigrationException if a script fails, an applied script changed, or the order is broken
     */
    List<Integer> migrate(String schemaOwner, Bundle bundle, String folder);

    /**
     * Applies the given scripts (same rules); for callers that read scripts elsewhere, and for tests.
     */
    List<Integer> migrate(String schemaOwner, List<MigrationScript> scripts);
}
