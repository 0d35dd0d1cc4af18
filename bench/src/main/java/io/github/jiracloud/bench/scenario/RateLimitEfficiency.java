package io.github.jiracloud.bench.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.jiracloud.bench.BenchContext;
import io.github.jiracloud.bench.BenchProfile;
import io.github.jiracloud.bench.clients.CamelClients;
import io.github.jiracloud.bench.clients.JiraSite;
import io.github.jiracloud.bench.emulator.ForkedEmulator;
import io.github.jiracloud.bench.load.Call;
import io.github.jiracloud.bench.load.LoadDriver;
import io.github.jiracloud.bench.load.LoadResult;
import io.github.jiracloud.bench.load.Timeline;
import io.github.jiracloud.bench.report.ScenarioResult;
import io.github.jiracloud.bench.report.Spread;
import io.github.jiracloud.bench.report.Target;
import io.github.jiracloud.camel.error.JiraException;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * Scenario 2: Jira Cloud's three rate limits, as the emulator enforces them.
 * <ul>
 * <li><b>Burst</b>: a token bucket of N requests a second per endpoint and method (429 {@code jira-burst-based} with
 * Retry-After); many callers, each on one of three endpoints (issue/get, issue/create, one-page search/jql), run for a
 * minute. The jira: routes should turn each bucket into throughput (close to N per endpoint) without a single failed
 * exchange; the hand-written camel-http route, with Camel's default error handling, is run the same way for
 * contrast.</li>
 * <li><b>Hot issue</b> ({@link HotIssueWrites}): a flow commenting on one issue against the per-issue write limit:
 * 0 failed exchanges.</li>
 * <li><b>Quota</b> ({@link QuotaExhaustion}): an OAuth app spends its hourly points while a timer route, a poller and
 * callers run; nothing may be sent while the connection is paused, and every flow resumes after the reset (the
 * emulator's hour turns seconds after the start).</li>
 * </ul>
 */
public final class RateLimitEfficiency implements Scenario {

    private static final double TARGET_EFFICIENCY = 0.95;
    /** issue/get, issue/create and search/jql: three buckets. */
    private static final int ENDPOINTS = 3;

    @Override
    public String id() {
        return "rate-limit";
    }

    @Override
    public String title() {
        return "Rate limits: burst buckets per endpoint, a hot issue's write limit, a spent hourly quota";
    }

    @Override
    public void run(BenchContext context, ScenarioResult result) throws Exception {
        BenchProfile profile = context.profile();
        int limit = profile.rateLimitPerSecond();
        int burst = limit;
        int concurrency = profile.rateLimitConcurrency();
        int seconds = (int) profile.rateLimitRun().toSeconds();
        int window = Math.max(1, seconds / 6);
        try (ForkedEmulator emulator = context.startEmulator();
                CamelClients camel = new CamelClients(new JiraSite(emulator.baseUrl()),
                        "maxConnections=" + concurrency)) {
            Workload workload = Workload.seed(emulator);
            LoadDriver driver = new LoadDriver(emulator::cpuNanos);
            result.figure("limitPerSecondPerEndpoint", limit).figure("burst", burst).figure("concurrency", concurrency)
                    .figure("seconds", seconds)
                    .figure("callers", "half on issue/get, a quarter each on issue/create and search/jql (one page)");

            Call jiraMix = (worker, sequence) -> {
                switch (operation(worker)) {
                    case "issue/get" -> camel.jiraGet(workload.key(worker, sequence));
                    case "issue/create" -> camel.jiraCreate(Workload.summary(worker, sequence));
                    default -> camel.jiraSearchPage();
                }
            };
            // Without a limit first: the limit only tests the client if the pair can go well beyond it.
            LoadResult unlimited = driver.run(concurrency, profile.rateLimitRun().dividedBy(6), jiraMix);
            result.figure("unlimitedCallsPerSecond", Spread.round(unlimited.callsPerSecond(), 0));
            int allowed = ENDPOINTS * limit;
            result.figure("allowedPerSecond", allowed);
            result.figure("unlimitedOverAllowed", Spread.round(unlimited.callsPerSecond() / allowed, 1));
            camel.jiraStatuses().reset();
            Outcome jira = run(emulator, driver, concurrency, profile, limit, burst, jiraMix);
            Map<String, Object> jiraFigures = jira.figures(allowed, ENDPOINTS * burst, seconds, window);
            jiraFigures.put("httpAnswersByStatus", camel.jiraStatuses().byStatus());
            result.figure("jira", jiraFigures);

            Outcome handWritten = run(emulator, driver, concurrency, profile, limit, burst, (worker, sequence) -> {
                switch (operation(worker)) {
                    case "issue/get" -> camel.httpGet(workload.key(worker, sequence));
                    case "issue/create" -> camel.httpCreate(Workload.summary(worker, sequence));
                    default -> camel.httpSearchPage();
                }
            });
            result.figure("camel-http (default error handler)",
                    handWritten.figures(allowed, ENDPOINTS * burst, seconds, window));

            HotIssueWrites.run(emulator, camel, driver, profile, result);
            QuotaExhaustion.run(emulator, driver, profile, result);
            emulator.reportViolations(result);
            result.headline(String.format("without the limit the same callers run at %.0f calls/s, %.1f× the %d/s "
                    + "the three buckets allow", unlimited.callsPerSecond(), unlimited.callsPerSecond() / allowed,
                    allowed));
            result.headline(jira.headline("jira", allowed, ENDPOINTS * burst));
            result.headline(handWritten.headline("camel-http, default error handler", allowed, ENDPOINTS * burst));
            result.target(Target.atLeast("burst: successful throughput / what the buckets allow (10-s windows)",
                    TARGET_EFFICIENCY, "", Spread.of(jira.timeline.windowRates(seconds, window, ENDPOINTS * burst)
                            .stream().map(rate -> rate / allowed).toList()),
                    3));
            result.target(new Target("burst: failed exchanges", "0", Long.toString(jira.load.failures()),
                    jira.load.failures() == 0));
            result.note("The hand-written route's GETs are retried once after Retry-After by HttpClient 5's default "
                    + "retry strategy, which camel-http leaves on; its POSTs (create, search) are not, so those fail.");
            result.note("Throughput counts successful calls completed in the run, less the buckets' initial burst of "
                    + burst + " each (a full bucket at the start is a one-off gift, not sustained capacity).");
            if (jira.load.firstFailure() != null) {
                result.note("jira: first failure: " + jira.load.firstFailure());
            }
        }
    }

    private static Outcome run(ForkedEmulator emulator, LoadDriver driver, int concurrency, BenchProfile profile,
            int limit, int burst, Call call) {
        // Configuring starts a full bucket: each variant gets the same start, nothing left over from the one before.
        emulator.rateLimit(limit, burst);
        Timeline timeline = new Timeline();
        Map<String, AtomicLong> failuresByStatus = new ConcurrentHashMap<>();
        timeline.start();
        LoadResult load = driver.run(concurrency, profile.rateLimitRun(), (worker, sequence) -> {
            try {
                call.call(worker, sequence);
                timeline.record();
            } catch (Exception e) {
                failuresByStatus.computeIfAbsent(operation(worker) + " " + status(e), key -> new AtomicLong())
                        .incrementAndGet();
                throw e;
            }
        });
        emulator.clearRateLimit();
        return new Outcome(load, timeline, failuresByStatus);
    }

    /** Which endpoint a caller works on: half get, a quarter each create and search, each its own bucket. */
    private static String operation(int worker) {
        int slot = worker % 4;
        return slot < 2 ? "issue/get" : slot == 2 ? "issue/create" : "search/jql";
    }

    /** The HTTP status behind a failed exchange, from either kind of route. */
    private static String status(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpOperationFailedException http) {
                return Integer.toString(http.getStatusCode());
            }
            if (cause instanceof JiraException jira) {
                return Integer.toString(jira.getStatus());
            }
        }
        return failure.getClass().getSimpleName();
    }

    private record Outcome(LoadResult load, Timeline timeline, Map<String, AtomicLong> failuresByStatus) {

        double throughput(int burst) {
            return Math.max(0, load.calls() - burst) / (load.elapsedNanos() / 1e9);
        }

        String headline(String variant, int limit, int burst) {
            return String.format("%s: %.1f successful calls/s of the %d/s limit (%.1f %%), %d failed exchanges of %d",
                    variant, throughput(burst), limit, 100 * throughput(burst) / limit, load.failures(),
                    load.calls() + load.failures());
        }

        Map<String, Object> figures(int limit, int burst, int seconds, int window) {
            double throughput = throughput(burst);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("successfulCalls", load.calls());
            figures.put("failedExchanges", load.failures());
            figures.put("failedShare",
                    Spread.round(load.failures() / (double) Math.max(1, load.calls() + load.failures()), 4));
            figures.put("elapsedSeconds", Spread.round(load.elapsedNanos() / 1e9, 2));
            figures.put("emulatorCpuShare",
                    Spread.round(load.emulatorCpuShare(Runtime.getRuntime().availableProcessors()), 3));
            figures.put("clientCpuShare",
                    Spread.round(load.clientCpuShare(Runtime.getRuntime().availableProcessors()), 3));
            figures.put("successfulPerSecond", Spread.round(throughput, 1));
            figures.put("efficiency", Spread.round(throughput / limit, 3));
            figures.put("efficiencyBy" + window + "sWindow", Spread.of(timeline.windowRates(seconds, window, burst)
                    .stream().map(rate -> rate / limit).toList()).toMap(3));
            Map<String, Long> failures = new TreeMap<>();
            failuresByStatus.forEach((status, count) -> failures.put(status, count.get()));
            figures.put("failuresByCallAndStatus", failures);
            return figures;
        }
    }
}
