package io.github.jiracloud.bench.soak;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak for 20 seconds instead of minutes: 20 flows against the rate-limited, faulty emulator, and every check of
 * the long run (exchanges accounted for, no duplicates, typed failures, heap, threads, connections). It never asserts
 * a timing.
 */
class SoakSmokeTest {

    @Test
    void aShortSoakPassesEveryCheck() throws Exception {
        Path spec = Path.of(System.getProperty("jira.openapi.dir", "../../shared/jira-openapi"));

        SoakResult result = new SoakRun(SoakSettings.smoke(), Files.isDirectory(spec) ? spec : null).run();
        result.write(Path.of("target", "soak-smoke.md"));

        System.out.println(result.markdown());
        assertThat(result.total().sent()).as("exchanges sent").isGreaterThan(100);
        assertThat(result.checks()).allSatisfy((check, outcome) -> assertThat(outcome).as(check).startsWith("pass"));
    }
}
