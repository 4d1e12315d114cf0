package ca.concerto.persistence.api;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One migration script: its file name ({@code V<n>__<description>[.<database>].sql}) and its text.
 *
 * @param fileName the file name without folder
 * @param sql      the script text
 */
public record MigrationScript(String fileName, String sql) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([^.]+)(?:\\.(h2|postgresql))?\\.sql");

    public MigrationScript {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sql, "sql");
        if (!NAME.matcher(fileName).matches()) {
            throw new MigrationException("Migration script name " + fileName
                    + " does not match V<n>__<description>[.h2|.postgresql].sql");
        }
    }

    /** Whether a file name is a migration script name. */
    public static boolean isScriptName(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    public int version() {
        return Integer.parseInt(matcher().group(1));
    }

    /** The description, with {@code _} turned to spaces. */
    public String description() {
        return matcher().group(2).replace('_', ' ');
    }

    /** The database this variant is for ("h2" or "postgresql"); empty for a portable script. */
    public Optional<String> database() {
        return Optional.ofNullable(matcher().group(3));
    }

    private Matcher matcher() {
        Matcher m = NAME.matcher(fileName);
        m.matches();
        return m;
    }
}
