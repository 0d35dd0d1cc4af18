package io.github.jiracloud.bench.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.jiracloud.bench.BenchProfile;
import io.github.jiracloud.bench.clients.CamelClients;
import io.github.jiracloud.bench.emulator.ForkedEmulator;
import io.github.jiracloud.bench.load.LoadDriver;
import io.github.jiracloud.bench.load.LoadResult;
import io.github.jiracloud.bench.report.ScenarioResult;
import io.github.jiracloud.bench.report.Spread;
import io.github.jiracloud.bench.report.Target;

/**
 * Part of scenario 2: a flow commenting on one hot issue as fast as it can, against Jira's per-issue write limit (20
 * writes per 2 s, 100 per 30 s). Every comment must arrive, none twice, no exchange fail.
 */
final class HotIssueWrites {

    /** Callers on the one issue: a flow with a few consumers, as a busy incident would have. */
    private static final int CALLERS = 4;
    /** Jira's long window: 100 writes per 30 s. */
    private static final double SUSTAINED_PER_SECOND = 100 / 30.0;

    private HotIssueWrites() {
    }

    static void run(ForkedEmulator emulator, CamelClients camel, LoadDriver driver, BenchProfile profile,
            ScenarioResult result) {
        String issue = emulator.createIssues("OPS", 1);
        emulator.issueWriteLimits();
        LoadResult load = driver.run(CALLERS, profile.rateLimitRun(),
                (worker, sequence) -> camel.jiraComment(issue, "Update " + worker + "-" + sequence));
        emulator.clearRateLimit();
        int comments = emulator.commentCount(issue);
        double seconds = load.elapsedNanos() / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("callers", CALLERS);
        figures.put("comments", load.calls());
        figures.put("commentsOnTheIssue", comments);
        figures.put("failedExchanges", load.failures());
        figures.put("refused429", emulator.refusals("/comment"));
        figures.put("commentsPerSecond", Spread.round(load.calls() / seconds, 2));
        figures.put("allowedSustainedPerSecond", Spread.round(SUSTAINED_PER_SECOND, 2));
        result.figure("hotIssue", figures);
        result.headline(String.format(
                "hot issue: %d comments in %.0f s (%.2f/s; Jira allows 20 per 2 s, 100 per 30 s), "
                        + "%d refused with 429 and retried, %d failed exchanges",
                load.calls(), seconds, load.calls() / seconds,
                emulator.refusals("/comment"), load.failures()));
        result.target(new Target("hot issue: failed exchanges", "0", Long.toString(load.failures()),
                load.failures() == 0));
        result.target(new Target("hot issue: every comment once", Long.toString(load.calls()),
                Integer.toString(comments), comments == load.calls()));
        if (load.firstFailure() != null) {
            result.note("hot issue: first failure: " + load.firstFailure());
        }
    }
}
