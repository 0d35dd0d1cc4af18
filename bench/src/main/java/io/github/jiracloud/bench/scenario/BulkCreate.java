package io.github.jiracloud.bench.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.bench.BenchContext;
import io.github.jiracloud.bench.BenchProfile;
import io.github.jiracloud.bench.clients.CamelClients;
import io.github.jiracloud.bench.clients.IssueRequests;
import io.github.jiracloud.bench.clients.JiraSite;
import io.github.jiracloud.bench.emulator.ForkedEmulator;
import io.github.jiracloud.bench.load.LoadDriver;
import io.github.jiracloud.bench.load.LoadResult;
import io.github.jiracloud.bench.report.ScenarioResult;
import io.github.jiracloud.bench.report.Spread;
import io.github.jiracloud.bench.report.Target;
import io.github.jiracloud.camel.JiraConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Scenario 4: many issues in one exchange through {@code jira:issue/bulkCreate} (Jira takes 50 a request), against
 * the same number of single {@code issue/create} calls, one after another and from 16 threads.
 */
public final class BulkCreate implements Scenario {

    private static final String BULK = "direct:bulk-create";
    private static final String BULK_PATH = "/rest/api/3/issue/bulk";
    private static final int CHUNK = 50;

    @Override
    public String id() {
        return "bulk-create";
    }

    @Override
    public String title() {
        return "Bulk create: jira:issue/bulkCreate vs single creates";
    }

    @Override
    public void run(BenchContext context, ScenarioResult result) throws Exception {
        BenchProfile profile = context.profile();
        int issues = profile.bulkIssues();
        int requestLimit = (issues + CHUNK - 1) / CHUNK;
        try (ForkedEmulator emulator = context.startEmulator();
                CamelClients camel = new CamelClients(new JiraSite(emulator.baseUrl()), "")) {
            try {
                camel.camel().addRoutes(bulkRoute(new JiraSite(emulator.baseUrl())));
            } catch (Exception e) {
                result.notAvailable("jira:issue/bulkCreate is not available yet: " + rootMessage(e));
                return;
            }
            LoadDriver driver = new LoadDriver(emulator::cpuNanos);
            List<Double> bulkSeconds = new ArrayList<>();
            List<Double> singleSeconds = new ArrayList<>();
            List<Double> parallelSeconds = new ArrayList<>();
            long bulkRequests = 0;
            long created = 0;
            Object bulkErrors = null;
            for (int round = 0; round < profile.bulkRounds(); round++) {
                List<Map<String, Object>> bodies = bodies(issues, round);
                emulator.clearRequests();
                long started = System.nanoTime();
                Exchange exchange = camel.template().request(BULK, e -> e.getMessage().setBody(bodies));
                bulkSeconds.add((System.nanoTime() - started) / 1e9);
                if (exchange.getException() != null) {
                    throw exchange.getException();
                }
                bulkRequests = emulator.requests(BULK_PATH);
                created = count(exchange.getMessage().getBody());
                bulkErrors = exchange.getMessage().getHeader(JiraConstants.BULK_ERRORS);

                singleSeconds.add(seconds(driver.run(1, Duration.ofHours(1), issues,
                        (worker, sequence) -> camel.jiraCreate(Workload.summary(worker, sequence)))));
                parallelSeconds.add(seconds(driver.run(16, Duration.ofHours(1), issues / 16,
                        (worker, sequence) -> camel.jiraCreate(Workload.summary(worker, sequence)))));
            }
            emulator.reportViolations(result);
            result.figure("issues", issues);
            result.figure("bulkHttpRequests", bulkRequests);
            result.figure("bulkCreatedReported", created);
            result.figure("bulkErrors", bulkErrors instanceof Collection<?> errors ? errors.size() : 0);
            result.figure("bulkSeconds", Spread.of(bulkSeconds).toMap(2));
            result.figure("singleCreatesSeconds", Spread.of(singleSeconds).toMap(2));
            result.figure("singleCreatesFrom16ThreadsSeconds", Spread.of(parallelSeconds).toMap(2));
            result.figure("speedupVsSingleCreates", Spread.of(divide(singleSeconds, bulkSeconds)).toMap(2));
            result.figure("speedupVs16Threads", Spread.of(divide(parallelSeconds, bulkSeconds)).toMap(2));
            result.headline(String.format(
                    "bulkCreate of %d issues: %s s in %d requests; single creates %s s (1 thread), %s s (16 threads)",
                    issues, Spread.of(bulkSeconds).format(2), bulkRequests, Spread.of(singleSeconds).format(2),
                    Spread.of(parallelSeconds).format(2)));
            result.target(new Target("HTTP requests for " + issues + " issues", "≤ " + requestLimit,
                    Long.toString(bulkRequests), bulkRequests <= requestLimit && bulkRequests > 0));
            result.target(new Target("issues created by bulkCreate", Integer.toString(issues), Long.toString(created),
                    created == issues));
            result.note(
                    "The 16-thread single creates make " + (issues / 16) * 16 + " calls (a whole number per thread).");
        }
    }

    private static RouteBuilder bulkRoute(JiraSite site) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(BULK).to("jira:issue/bulkCreate?" + site.jiraOptions());
            }
        };
    }

    private static List<Map<String, Object>> bodies(int count, int round) {
        List<Map<String, Object>> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bodies.add(IssueRequests.componentCreateBody("Bulk issue " + round + "-" + i));
        }
        return bodies;
    }

    /** The number of created issues in whatever shape the action returns: a List, or Jira's {@code {issues: [...]}}. */
    private static long count(Object body) {
        if (body instanceof Collection<?> list) {
            return list.size();
        }
        if (body instanceof Map<?, ?> map && map.get("issues") instanceof Collection<?> list) {
            return list.size();
        }
        return -1;
    }

    private static double seconds(LoadResult result) {
        if (result.failures() > 0) {
            throw new IllegalStateException(result.failures() + " single creates failed", result.firstFailure());
        }
        return result.elapsedNanos() / 1e9;
    }

    private static List<Double> divide(List<Double> values, List<Double> by) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ratios.add(values.get(i) / by.get(i));
        }
        return ratios;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
