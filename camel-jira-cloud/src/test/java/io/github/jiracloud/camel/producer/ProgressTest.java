package io.github.jiracloud.camel.producer;

import java.util.concurrent.atomic.AtomicLong;

import io.github.jiracloud.camel.support.CapturedLog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress logs at most once per interval, on a clock the test moves. */
class ProgressTest {

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void logsOncePerIntervalWithTotalPercentageAndRate() {
        Progress progress = new Progress("issue/bulkCreate", "issues", 200, 10_000, nanos::get);
        String log;
        try (CapturedLog captured = new CapturedLog()) {
            at(4, () -> progress.advance(50));
            at(10, () -> progress.advance(50));
            at(12, () -> progress.advance(50));
            at(20, () -> progress.advance(50));
            at(20, progress::finish);
            log = captured.text();
        }

        assertThat(log).doesNotContain(" 50 of 200").doesNotContain("150 of 200")
                .contains("issue/bulkCreate progress: 100 of 200 issues (50%) in 10.0 s, 10.0/s")
                .contains("issue/bulkCreate progress: 200 of 200 issues (100%) in 20.0 s, 10.0/s")
                .contains("issue/bulkCreate finished: 200 of 200 issues (100%) in 20.0 s, 10.0/s");
        assertThat(progress.done()).isEqualTo(200);
    }

    @Test
    void workShorterThanOneIntervalStaysOutOfTheInfoLog() {
        Progress progress = new Progress("search/jql", "issues", null, 10_000, nanos::get);
        String log;
        try (CapturedLog captured = new CapturedLog()) {
            at(1, () -> progress.advance(30));
            at(2, progress::finish);
            log = captured.text();
        }

        assertThat(log).doesNotContain("search/jql");
    }

    private void at(int second, Runnable step) {
        nanos.set(second * 1_000_000_000L);
        step.run();
    }
}
