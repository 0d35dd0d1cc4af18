package io.github.jiracloud.app.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged app (what the image copies from {@code target/quarkus-app}) carries no emulator: no class of it and
 * not its spec reader; and started as an image starts it (the prod profile) without a site, it refuses to start. Runs
 * after {@code package} (failsafe).
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

    @Test
    void withoutASiteTheAppStopsAtStartEvenWithAnEmulatorAtHand(@TempDir Path home) throws Exception {
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-jar", APP.resolve("quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("app.log").toFile());
        // Nothing from this shell (the tests' decoys, a developer's site): a deployment complete but for the site,
        // and the emulator's address that ./mvnw -Prun would add; free ports.
        java.environment().clear();
        java.environment().put("ALERTS_BEARER_TOKENS", "alert-token");
        java.environment().put("JIRA_ADMIN_CREDENTIALS", "admin:admin-password");
        java.environment().put("JIRA_EMULATOR_URL", "http://127.0.0.1:9");
        java.environment().put("QUARKUS_HTTP_PORT", "0");
        java.environment().put("QUARKUS_MANAGEMENT_PORT", "0");
        Process app = java.start();
        try {
            assertThat(app.waitFor(3, TimeUnit.MINUTES)).as("the app stopped by itself").isTrue();
        } finally {
            app.destroyForcibly();
        }

        String log = Files.readString(home.resolve("app.log"));
        assertThat(app.exitValue()).as(log).isNotZero();
        assertThat(log).contains("No Jira site is configured. Set JIRA_SITE")
                .contains("The emulator is disabled in this profile (jira.emulator.enabled=false)");
    }

    private static List<Path> jars() throws IOException {
        try (Stream<Path> files = Files.walk(APP)) {
            return files.filter(file -> file.toString().endsWith(".jar")).toList();
        }
    }
}
