package io.github.jiracloud.emulator.data.bulk;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast the emulator works through bulk tasks, on its clock: how long a task waits in the queue before it starts,
 * then how long each issue takes. Atlassian publishes no figures; the default (1 s queued, then 10 ms an issue, so
 * 1,000 issues in about 11 s) is an assumption, and tests and benchmarks set their own.
 */
public record BulkPace(Duration queued, Duration perIssue) {

    public static final BulkPace DEFAULT = new BulkPace(Duration.ofSeconds(1), Duration.ofMillis(10));

    public BulkPace {
        Objects.requireNonNull(queued, "queued");
        Objects.requireNonNull(perIssue, "perIssue");
        if (queued.isNegative() || perIssue.isNegative()) {
            throw new IllegalArgumentException("A bulk pace can't be negative: " + queued + ", " + perIssue);
        }
    }
}
