package io.github.jiracloud.bench.soak;

import java.time.Duration;

/**
 * How a soak runs: {@code flows} concurrent callers for {@code duration} against the emulator's rate limit, with about
 * {@code faultChance} of the REST calls meeting an injected fault (seeded, so a run can be repeated).
 *
 * @param slowAnswer how long a held-back answer waits; more than {@code responseTimeout}, so it times out
 * @param sampleInterval how often the heap is measured (after a full GC)
 */
public record SoakSettings(int flows, Duration duration, double ratePerSecond, int burst, double faultChance, long seed,
        Duration responseTimeout, Duration slowAnswer, int maxRetries, Duration sampleInterval) {

    /** The long run: 20 flows, 1 % faults, 150 calls a second. */
    public static SoakSettings full(Duration duration) {
        return new SoakSettings(20, duration, 150, 60, 0.01, 42, Duration.ofSeconds(5), Duration.ofSeconds(6), 8,
                Duration.ofSeconds(5));
    }

    /** The short run of the test suite: the same mix, for seconds instead of minutes. */
    public static SoakSettings smoke() {
        return new SoakSettings(20, Duration.ofSeconds(20), 150, 60, 0.01, 42, Duration.ofSeconds(5),
                Duration.ofSeconds(6), 8, Duration.ofSeconds(1));
    }

    public SoakSettings withDuration(Duration longer) {
        return new SoakSettings(flows, longer, ratePerSecond, burst, faultChance, seed, responseTimeout, slowAnswer,
                maxRetries, sampleInterval);
    }
}
