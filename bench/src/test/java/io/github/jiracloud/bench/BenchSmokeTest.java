package io.github.jiracloud.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.jiracloud.bench.report.Report;
import io.github.jiracloud.bench.report.ScenarioResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every scenario at a tiny size so the harness can't rot between benchmark runs. It asserts that each
 * scenario produced a sane record, never how fast anything was: timings on a shared machine prove nothing.
 */
class BenchSmokeTest {

    @Test
    void everyScenarioProducesARecord() throws Exception {
        Path spec = Path.of(System.getProperty("jira.openapi.dir", "../../shared/jira-openapi"));
        Path appJar = Path.of(System.getProperty("bench.appJar", "../app/target/quarkus-app/quarkus-run.jar"));
        Report report;
        try (BenchContext context = new BenchContext(BenchProfile.SMOKE, Files.isDirectory(spec) ? spec : null, appJar,
                Files.isDirectory(spec))) {
            report = Benchmarks.run(context, List.of());
        }
        Path out = Path.of("target", "smoke-results");
        report.write(out);

        assertThat(report.scenarios()).extracting(ScenarioResult::id)
                .containsExactly("emulator-capacity", "per-call-cost", "rate-limit", "streaming-search", "bulk-create",
                        "bulk-transition", "app-startup");
        for (ScenarioResult scenario : report.scenarios()) {
            assertThat(scenario.status()).as(scenario.id() + ": " + scenario.notes())
                    .isNotEqualTo(ScenarioResult.Status.FAILED);
            if (scenario.status() != ScenarioResult.Status.NOT_AVAILABLE) {
                assertThat(scenario.figures()).as(scenario.id()).isNotEmpty();
                assertThat(scenario.headlines()).as(scenario.id()).isNotEmpty();
            }
            assertThat(scenario.figures().get("specViolations")).as(scenario.id() + " sends only valid requests")
                    .isIn(null, 0);
        }
        assertThat(out.resolve("latest.json")).isNotEmptyFile();
        assertThat(out.resolve("latest.md")).content().contains("## Machine");
    }
}
