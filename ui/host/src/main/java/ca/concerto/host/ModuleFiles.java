package ca.concerto.host;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * Installs and uninstalls regional modules the way the platform watches for them: a module is a
 * bundle jar in the modules folder. An uploaded file is checked first (a jar, with a
 * Bundle-SymbolicName), then written beside the folder and moved into it in one step, so that the
 * folder's watcher never reads half a file. Uninstalling removes the file; the watcher then
 * uninstalls the bundle.
 */
final class ModuleFiles {

    /** A module's file name: letters, digits, '.', '_' and '-', ending in .jar; never a path. */
    static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.jar");

    /** Why a file was refused, as a key of the host's texts. */
    static final class RefusedModuleException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String reasonKey;

        RefusedModuleException(String reasonKey, String detail) {
            super(detail);
            this.reasonKey = reasonKey;
        }

        String reasonKey() {
            return reasonKey;
        }
    }

    private final Path modulesDir;

    ModuleFiles(Path modulesDir) {
        this.modulesDir = modulesDir;
    }

    /**
     * Checks the uploaded bytes and places them as {@code fileName} in the modules folder, replacing
     * a module file of that name (an update).
     *
     * @return the module's Bundle-SymbolicName
     */
    String install(String fileName, byte[] content) throws RefusedModuleException, IOException {
        String name = simpleName(fileName);
        if (!FILE_NAME.matcher(name).matches()) {
            throw new RefusedModuleException("modules.upload.badName", fileName);
        }
        String symbolicName = symbolicName(content);
        Files.createDirectories(modulesDir);
        Path part = Files.createTempFile(modulesDir.toAbsolutePath().getParent(), ".module-", ".part");
        try {
            Files.write(part, content);
            Files.move(part, modulesDir.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        return symbolicName;
    }

    /** Removes a module's file from the modules folder; false if there was none of that name. */
    boolean uninstall(String fileName) throws RefusedModuleException, IOException {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw new RefusedModuleException("modules.upload.badName", String.valueOf(fileName));
        }
        return Files.deleteIfExists(modulesDir.resolve(fileName));
    }

    /** The Bundle-SymbolicName of a jar's manifest (without its directives). */
    static String symbolicName(byte[] content) throws RefusedModuleException {
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(content))) {
            Manifest manifest = jar.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            if (value == null || value.isBlank()) {
                throw new RefusedModuleException("modules.upload.notBundle", "no Bundle-SymbolicName");
            }
            return value.split(";", 2)[0].strip();
        } catch (IOException e) {
            throw new RefusedModuleException("modules.upload.notJar", e.getMessage());
        }
    }

    /** What a browser sends may be a whole path ("C:\\Users\\…\\module.jar"): its last part. */
    private static String simpleName(String fileName) {
        String name = fileName == null ? "" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
