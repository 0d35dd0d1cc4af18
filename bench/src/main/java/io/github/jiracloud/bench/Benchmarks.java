package io.github.jiracloud.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.bench.report.Machine;
import io.github.jiracloud.bench.report.Report;
import io.github.jiracloud.bench.report.ScenarioResult;
import io.github.jiracloud.bench.scenario.AppStartup;
import io.github.jiracloud.bench.scenario.BulkCreate;
import io.github.jiracloud.bench.scenario.BulkTransition;
import io.github.jiracloud.bench.scenario.EmulatorCapacity;
import io.github.jiracloud.bench.scenario.PerCallCost;
import io.github.jiracloud.bench.scenario.RateLimitEfficiency;
import io.github.jiracloud.bench.scenario.Scenario;
import io.github.jiracloud.bench.scenario.StreamingSearch;

/**
 * Runs the scenarios and writes {@code latest.json} and {@code latest.md}.
 *
 * <pre>
 * java -cp ... io.github.jiracloud.bench.Benchmarks [--profile full|smoke] [--scenarios id,id] [--out DIR]
 * [--spec-dir DIR] [--app-jar FILE] [--validation on|off]
 * </pre>
 */
public final class Benchmarks {

    /** In order: the emulator's capacity first, because the per-call scenario compares against it. */
    public static final List<Scenario> ALL = List.of(new EmulatorCapacity(), new PerCallCost(),
            new RateLimitEfficiency(), new StreamingSearch(), new BulkCreate(), new BulkTransition(), new AppStartup());

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        BenchProfile profile = BenchProfile.named(options.getOrDefault("profile", "full"));
        Path out = Path.of(options.getOrDefault("out", "results"));
        Path specDirectory = options.containsKey("spec-dir") ? Path.of(options.get("spec-dir")) : null;
        Path appJar = options.containsKey("app-jar") ? Path.of(options.get("app-jar")) : null;
        boolean validation = options.containsKey("validation")
                ? "on".equals(options.get("validation"))
                : profile.validation();
        List<String> selected = options.containsKey("scenarios")
                ? Arrays.asList(options.get("scenarios").split(","))
                : List.of();
        Report report;
        try (BenchContext context = new BenchContext(profile, specDirectory, appJar,
                validation && specDirectory != null)) {
            report = run(context, selected);
        }
        report.write(out);
        System.out.println("Wrote " + out.toAbsolutePath().resolve("latest.json") + " and latest.md");
        System.out.println(Files.readString(out.resolve("latest.md")));
        System.exit(0);
    }

    /** @param selected scenario ids to run; empty for all */
    public static Report run(BenchContext context, List<String> selected) {
        Report report = new Report()
                .setting("profile", context.profile().name())
                .setting("commit", Machine.commit())
                .setting("emulator", "separate JVM (-Xmx4g, G1) on 127.0.0.1, " + (context.profile().isSmoke()
                        ? "one process for all scenarios"
                        : "one fresh process per scenario"))
                .setting("emulatorValidatesRequests", context.validation())
                .setting("harnessJvm", "this JVM; see machine.jvmArgs");
        List<Scenario> scenarios = new ArrayList<>();
        for (Scenario scenario : ALL) {
            if (selected.isEmpty() || selected.contains(scenario.id())) {
                scenarios.add(scenario);
            }
        }
        for (Scenario scenario : scenarios) {
            ScenarioResult result = new ScenarioResult(scenario.id(), scenario.title());
            System.out.println("== " + scenario.title());
            long started = System.nanoTime();
            try {
                scenario.run(context, result);
            } catch (Exception | Error e) {
                e.printStackTrace();
                result.failed(e);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            result.seconds(seconds);
            System.out.printf("   %s in %.0f s%n", result.status(), seconds);
            report.add(result);
        }
        return report;
    }

    /** {@code --name value} pairs. */
    public static final class Options {

        private Options() {
        }

        public static Map<String, String> parse(String[] args) {
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("Expected --name value, got " + args[i]);
                }
                options.put(args[i].substring(2), args[++i]);
            }
            return options;
        }
    }
}
