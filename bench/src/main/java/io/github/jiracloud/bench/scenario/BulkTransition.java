package io.github.jiracloud.bench.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.github.jiracloud.bench.BenchContext;
import io.github.jiracloud.bench.BenchProfile;
import io.github.jiracloud.bench.clients.CamelClients;
import io.github.jiracloud.bench.clients.JiraSite;
import io.github.jiracloud.bench.clients.StatusCounter;
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
 * Scenario 5: many issues moved to "In Progress" by one {@code jira:bulk/transition} over a JQL (Jira's asynchronous
 * bulk API: 1,000 issues a task, followed with backoff), against one {@code jira:issue/transition} per issue, one
 * after another and from 16 threads. Counts every HTTP request the jira: connection sent (the client's own count,
 * retries included) and the time. Each round transitions fresh issues: one project per variant.
 *
 * <p>The bulk time is mostly the emulator's: its tasks wait 1 s in the queue and take 10 ms an issue (an assumption;
 * Atlassian publishes no figures), and the action looks at a task after 1, 2, 4, 8 ... s. The requests are the
 * robust figure, and what counts against Jira's rate limits.
 */
public final class BulkTransition implements Scenario {

    private static final String BULK = "direct:bulk-transition";
    private static final String SINGLE = "direct:issue-transition";
    private static final String TRANSITION = "Start Progress";
    private static final Duration QUEUED = Duration.ofSeconds(1);
    private static final Duration PER_ISSUE = Duration.ofMillis(10);
    private static final int TASK = 1000;
    private static final int THREADS = 16;

    @Override
    public String id() {
        return "bulk-transition";
    }

    @Override
    public String title() {
        return "Bulk transition: jira:bulk/transition vs issue/transition per issue";
    }

    @Override
    public void run(BenchContext context, ScenarioResult result) throws Exception {
        BenchProfile profile = context.profile();
        int issues = profile.bulkIssues();
        int perThread = issues / THREADS;
        try (ForkedEmulator emulator = context.startEmulator();
                CamelClients camel = new CamelClients(new JiraSite(emulator.baseUrl()), "")) {
            emulator.bulkTaskPace(QUEUED, PER_ISSUE);
            JiraSite site = new JiraSite(emulator.baseUrl());
            camel.camel().addRoutes(routes(site));
            StatusCounter requests = camel.jiraStatuses();
            LoadDriver driver = new LoadDriver(emulator::cpuNanos);
            List<Double> bulkSeconds = new ArrayList<>();
            List<Double> singleSeconds = new ArrayList<>();
            List<Double> parallelSeconds = new ArrayList<>();
            long bulkRequests = 0;
            long singleRequests = 0;
            long transitioned = 0;
            long bulkErrors = 0;
            Object taskIds = null;
            for (int round = 0; round < profile.bulkRounds(); round++) {
                String bulkProject = "BLK" + round;
                String singleProject = "ONE" + round;
                String parallelProject = "PAR" + round;
                for (String project : List.of(bulkProject, singleProject, parallelProject)) {
                    emulator.addProject(project);
                    emulator.createIssues(project, issues);
                }
                emulator.clearRequests();

                requests.reset();
                long started = System.nanoTime();
                Exchange exchange = camel.template().request(BULK, e -> e.getMessage().setHeader(JiraConstants.JQL,
                        "project = " + bulkProject + " AND status = \"To Do\""));
                bulkSeconds.add((System.nanoTime() - started) / 1e9);
                if (exchange.getException() != null) {
                    throw exchange.getException();
                }
                bulkRequests = requests.total();
                transitioned = size(exchange.getMessage().getBody());
                bulkErrors = size(exchange.getMessage().getHeader(JiraConstants.BULK_ERRORS));
                taskIds = exchange.getMessage().getHeader(JiraConstants.BULK_TASK_IDS);

                requests.reset();
                singleSeconds.add(seconds(driver.run(1, Duration.ofHours(1), issues,
                        (worker, sequence) -> transition(camel, singleProject + "-" + (sequence + 1)))));
                singleRequests = requests.total();
                parallelSeconds.add(seconds(driver.run(THREADS, Duration.ofHours(1), perThread,
                        (worker, sequence) -> transition(camel,
                                parallelProject + "-" + (worker * perThread + sequence + 1)))));
            }
            emulator.reportViolations(result);
            long tasks = taskIds instanceof Collection<?> ids ? ids.size() : 0;
            double modelled = (tasks * QUEUED.toMillis() + issues * PER_ISSUE.toMillis()) / 1e3;
            result.figure("issues", issues);
            result.figure("bulkHttpRequests", bulkRequests);
            result.figure("bulkTasks", tasks);
            result.figure("bulkTransitionedReported", transitioned);
            result.figure("bulkErrors", bulkErrors);
            result.figure("bulkSeconds", Spread.of(bulkSeconds).toMap(2));
            result.figure("emulatorTaskWorkSeconds", modelled);
            result.figure("perIssueHttpRequests", singleRequests);
            result.figure("perIssueSeconds", Spread.of(singleSeconds).toMap(2));
            result.figure("perIssueFrom16ThreadsSeconds", Spread.of(parallelSeconds).toMap(2));
            result.figure("requestRatio", bulkRequests == 0 ? 0 : (double) singleRequests / bulkRequests);
            result.headline(String.format(
                    "bulk/transition of %d issues: %s s in %d requests (%d task%s); issue/transition per issue: %s s "
                            + "(1 thread), %s s (16 threads) in %d requests",
                    issues, Spread.of(bulkSeconds).format(2), bulkRequests, tasks, tasks == 1 ? "" : "s",
                    Spread.of(singleSeconds).format(2),
                    Spread.of(parallelSeconds).format(2), singleRequests));
            long requestLimit = Math.max(10, issues / 50);
            result.target(new Target("HTTP requests for " + issues + " issues by bulk/transition", "≤ " + requestLimit,
                    Long.toString(bulkRequests), bulkRequests > 0 && bulkRequests <= requestLimit));
            result.target(new Target("issues transitioned by bulk/transition", Integer.toString(issues),
                    Long.toString(transitioned), transitioned == issues));
            result.note("The emulator's bulk tasks wait " + QUEUED.toMillis() + " ms, then take " + PER_ISSUE.toMillis()
                    + " ms an issue (an assumption: Atlassian publishes no figures), " + modelled + " s of task work "
                    + "for " + issues + " issues; the rest of the bulk time is the action's backed-off looks at each "
                    + "task (after 1, 2, 4, 8 ... s) and the search. Per-issue transitions read the issue's "
                    + "transitions, then post one: two requests an issue. The 16-thread run makes "
                    + perThread * THREADS + " calls (a whole number per thread).");
        }
    }

    private static void transition(CamelClients camel, String key) {
        Exchange exchange = camel.template().request(SINGLE, e -> e.getMessage().setHeader(JiraConstants.ISSUE_KEY,
                key));
        if (exchange.getException() != null) {
            throw new IllegalStateException(key + ": " + exchange.getException().getMessage(),
                    exchange.getException());
        }
    }

    private static RouteBuilder routes(JiraSite site) {
        String options = site.jiraOptions() + "&httpClientConfigurer=#statusCounter";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(BULK).to("jira:bulk/transition?transition=" + TRANSITION + "&" + options);
                from(SINGLE).to("jira:issue/transition?transition=" + TRANSITION + "&" + options);
            }
        };
    }

    private static long size(Object value) {
        return value instanceof Collection<?> list ? list.size() : -1;
    }

    private static double seconds(LoadResult result) {
        if (result.failures() > 0) {
            throw new IllegalStateException(result.failures() + " single transitions failed", result.firstFailure());
        }
        return result.elapsedNanos() / 1e9;
    }
}
