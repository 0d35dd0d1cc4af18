package io.github.jiracloud.app.ha;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lock files and positions live where only the bundle's user can write. */
class PrivateDirectoryTest {

    @TempDir
    Path parent;

    @Test
    void aNewDirectoryIsTheOwnersAlone() throws Exception {
        Path created = PrivateDirectory.of(parent.resolve("a/b/cluster"), "cluster.file.root");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).isEqualTo("rwx------");
    }

    @Test
    void aDirectoryOthersMayWriteToIsRefusedNamingTheSetting() throws Exception {
        Path shared = Files.createDirectory(parent.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> PrivateDirectory.of(shared, "cluster.file.root (CLUSTER_FILE_ROOT)"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CLUSTER_FILE_ROOT")
                .hasMessageContaining("rwxrwxrwx");
        assertThatThrownBy(() -> PrivateDirectory.of(Path.of("/tmp"), "cluster.file.root"))
                .isInstanceOf(IllegalStateException.class);
    }
}
