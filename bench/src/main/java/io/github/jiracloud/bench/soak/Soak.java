package io.github.jiracloud.bench.soak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.github.jiracloud.bench.Benchmarks;

/**
 * Runs a bounded soak and writes {@code soak-latest.md}; exits with 1 when a check failed.
 *
 * <pre>
 * java -cp ... io.github.jiracloud.bench.soak.Soak [--minutes 5] [--out DIR] [--spec-dir DIR]
 * </pre>
 */
public final class Soak {

    private Soak() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Benchmarks.Options.parse(args);
        SoakSettings settings = SoakSettings.full(Duration.ofMinutes(Long.parseLong(options.getOrDefault("minutes",
                "5"))));
        Path spec = options.containsKey("spec-dir") ? Path.of(options.get("spec-dir")) : null;
        Path out = Path.of(options.getOrDefault("out", "results")).resolve("soak-latest.md");
        System.out.println("Soak: " + settings.flows() + " flows for " + settings.duration().toMinutes()
                + " min; results in " + out.toAbsolutePath());
        SoakResult result = new SoakRun(settings, spec != null && spec.toFile().isDirectory() ? spec : null).run();
        result.write(out);
        System.out.println(result.markdown());
        System.exit(result.passed() ? 0 : 1);
    }
}
