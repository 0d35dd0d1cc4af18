package io.github.jiracloud.bench;

import java.time.Duration;
import java.util.List;

/**
 * How big each scenario runs. {@link #FULL} is what the README's command runs and what the figures in
 * {@code results/} come from; {@link #SMOKE} runs every scenario in seconds so the test suite keeps the harness
 * working, and its figures mean nothing.
 */
public record BenchProfile(
        String name,
        int rounds,
        Duration round,
        Duration warmup,
        List<Integer> concurrencies,
        List<Integer> capacityConcurrencies,
        int rateLimitPerSecond,
        int rateLimitConcurrency,
        Duration rateLimitRun,
        int searchIssues,
        int searchRounds,
        int bulkIssues,
        int bulkRounds,
        int startupLaunches,
        boolean validation) {

    public static final BenchProfile FULL = new BenchProfile("full", 7, Duration.ofSeconds(2), Duration.ofSeconds(4),
            List.of(1, 16), List.of(1, 16, 32), 100, 32, Duration.ofSeconds(60), 100_000, 3, 10_000, 3, 5, false);

    public static final BenchProfile SMOKE = new BenchProfile("smoke", 1, Duration.ofMillis(250),
            Duration.ofMillis(150), List.of(2), List.of(4), 40, 8, Duration.ofSeconds(1), 300, 1, 120, 1, 1, true);

    public static BenchProfile named(String name) {
        return switch (name) {
            case "full" -> FULL;
            case "smoke" -> SMOKE;
            default -> throw new IllegalArgumentException("Unknown profile " + name + "; use full or smoke");
        };
    }

    public boolean isSmoke() {
        return this == SMOKE;
    }
}
