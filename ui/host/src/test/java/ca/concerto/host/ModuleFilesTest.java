package ca.concerto.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleFilesTest {

    @TempDir
    Path home;

    private static byte[] jar(String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) {
            manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return out.toByteArray();
    }

    @Test
    void aBundleLandsWholeInTheModulesFolderAndLeavesNothingElse() throws Exception {
        Path modules = home.resolve("modules");
        ModuleFiles files = new ModuleFiles(modules);
        byte[] module = jar("ca.troc.monteregie;singleton:=true");
        assertEquals("ca.troc.monteregie", files.install("C:\\Users\\coordo\\troc-module-1.0.jar", module));
        assertArrayEquals(module, Files.readAllBytes(modules.resolve("troc-module-1.0.jar")));
        try (Stream<Path> left = Files.list(home)) {
            assertEquals(1, left.count(), "no partial file stays beside the folder");
        }
        byte[] update = jar("ca.troc.monteregie");
        files.install("troc-module-1.0.jar", update);
        assertArrayEquals(update, Files.readAllBytes(modules.resolve("troc-module-1.0.jar")), "an update replaces it");

        assertTrue(files.uninstall("troc-module-1.0.jar"));
        assertFalse(Files.exists(modules.resolve("troc-module-1.0.jar")));
        assertFalse(files.uninstall("troc-module-1.0.jar"), "already gone");
    }

    @Test
    void whatIsNotABundleJarIsRefusedWithItsReason() throws Exception {
        ModuleFiles files = new ModuleFiles(home.resolve("modules"));
        ModuleFiles.RefusedModuleException noName = assertThrows(ModuleFiles.RefusedModuleException.class,
                () -> files.install("plain.jar", jar(null)));
        assertEquals("modules.upload.notBundle", noName.reasonKey());
        assertEquals("modules.upload.notBundle", assertThrows(ModuleFiles.RefusedModuleException.class,
                () -> files.install("notes.jar", "pas un jar".getBytes(StandardCharsets.UTF_8))).reasonKey());
        assertEquals("modules.upload.badName", assertThrows(ModuleFiles.RefusedModuleException.class,
                () -> files.install("plan.docx", jar("a.b"))).reasonKey());
        assertEquals("modules.upload.badName", assertThrows(ModuleFiles.RefusedModuleException.class,
                () -> files.uninstall("../bundles/concerto-plan-store.jar")).reasonKey());
        assertFalse(Files.exists(home.resolve("modules/plain.jar")));
    }
}
