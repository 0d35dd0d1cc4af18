package io.github.jiracloud.app.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged app (what the image copies from {@code target/quarkus-app}) carries no emulator: no class of it and
 * not its spec reader. Runs after {@code package} (failsafe).
 */
class PackagedAppIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    @Test
    void theProductionAppHasNoEmulatorClass() throws IOException {
        List<Path> jars = jars();
        assertThat(jars).as("the packaged app's jars").isNotEmpty()
                .anyMatch(jar -> jar.getFileName().toString().contains("camel-jira-cloud"));

        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                assertThat(file.stream().map(entry -> entry.getName()))
                        .as("emulator classes in " + jar)
                        .noneMatch(name -> name.startsWith("io/github/jiracloud/emulator/")
                                || name.equals("io/github/jiracloud/app/EmbeddedEmulator.class"));
            }
        }
        assertThat(jars).extracting(jar -> jar.getFileName().toString()).as("the emulator and its spec reader")
                .noneMatch(name -> name.contains("jira-emulator") || name.contains("swagger-request-validator"));
    }

    private static List<Path> jars() throws IOException {
        try (Stream<Path> files = Files.walk(APP)) {
            return files.filter(file -> file.toString().endsWith(".jar")).toList();
        }
    }
}
