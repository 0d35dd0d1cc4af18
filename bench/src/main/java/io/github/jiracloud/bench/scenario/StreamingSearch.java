package io.github.jiracloud.bench.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.github.jiracloud.bench.BenchContext;
import io.github.jiracloud.bench.BenchProfile;
import io.github.jiracloud.bench.clients.JiraSite;
import io.github.jiracloud.bench.clients.RawJiraClient;
import io.github.jiracloud.bench.emulator.ForkedEmulator;
import io.github.jiracloud.bench.load.Meters;
import io.github.jiracloud.bench.report.ScenarioResult;
import io.github.jiracloud.bench.report.Spread;
import io.github.jiracloud.bench.report.Target;
import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Scenario 3: every page of a large JQL search streamed into a streaming split. Memory must stay flat whatever the
 * result size: the live heap is measured after full collections at ten points along the stream, in a round of its
 * own so those collections don't slow the timed rounds. The raw client paging through the same search is the
 * throughput baseline, and shows what the emulator itself can serve.
 */
public final class StreamingSearch implements Scenario {

    static final String PROJECT = "DEV";
    static final String JQL = "project = " + PROJECT + " ORDER BY key ASC";
    private static final int PAGE_SIZE = 100;
    private static final long HEAP_GROWTH_LIMIT_MB = 64;

    @Override
    public String id() {
        return "streaming-search";
    }

    @Override
    public String title() {
        return "Streaming search: search/jql?streamResults=true into split().streaming()";
    }

    @Override
    public void run(BenchContext context, ScenarioResult result) throws Exception {
        BenchProfile profile = context.profile();
        try (ForkedEmulator emulator = context.startEmulator();
                RawJiraClient raw = new RawJiraClient(new JiraSite(emulator.baseUrl()), 4);
                StreamingRoute route = new StreamingRoute(new JiraSite(emulator.baseUrl()))) {
            emulator.createIssues(PROJECT, profile.searchIssues());
            int expected = emulator.issueCount(PROJECT);
            result.figure("issues", expected).figure("jql", JQL).figure("pageSize", PAGE_SIZE);

            rawSearch(raw);
            route.stream(0);
            List<Double> jiraRates = new ArrayList<>();
            List<Double> rawRates = new ArrayList<>();
            List<Double> emulatorCpuPerPage = new ArrayList<>();
            for (int round = 0; round < profile.searchRounds(); round++) {
                long emulatorCpu = emulator.cpuNanos();
                rawRates.add(rate(expected, () -> rawSearch(raw)));
                emulatorCpuPerPage
                        .add((emulator.cpuNanos() - emulatorCpu) / 1e6 / Math.ceil(expected / (double) PAGE_SIZE));
                jiraRates.add(rate(expected, () -> route.stream(0)));
            }
            Spread jira = Spread.of(jiraRates);
            result.figure("jiraIssuesPerSecond", jira.toMap(0));
            result.figure("rawClientIssuesPerSecond", Spread.of(rawRates).toMap(0));
            result.figure("jiraOverRawThroughput", Spread.of(ratios(jiraRates, rawRates)).toMap(3));
            result.figure("emulatorCpuMillisPerPage", Spread.of(emulatorCpuPerPage).toMap(2));

            emulator.reportViolations(result);
            HeapProfile heap = route.heapProfile(expected);
            result.figure("heap", heap.toMap());
            result.headline("jira streaming " + jira.format(0) + " issues/s; raw client paging "
                    + Spread.of(rawRates).format(0) + " issues/s; emulator " + Spread.of(emulatorCpuPerPage).format(1)
                    + " ms CPU per page");
            result.headline(String.format("live heap %.1f MB before, at most %.1f MB along the stream (growth %.1f MB)",
                    heap.beforeBytes() / 1048576.0, heap.beforeBytes() / 1048576.0 + heap.growthMb(), heap.growthMb()));
            result.target(new Target("heap growth, live after full GC, max over 10 points of the stream", "≤ "
                    + HEAP_GROWTH_LIMIT_MB + " MB", Spread.round(heap.growthMb(), 1) + " MB",
                    heap.growthMb() <= HEAP_GROWTH_LIMIT_MB));
            result.target(new Target("every issue streamed", Integer.toString(expected), Long.toString(heap.streamed()),
                    heap.streamed() == expected));
        }
    }

    private static long rawSearch(RawJiraClient raw) throws Exception {
        long count = 0;
        String token = null;
        do {
            Map<?, ?> page = raw.searchPage(JQL, List.of("summary"), PAGE_SIZE, token);
            count += ((List<?>) page.get("issues")).size();
            token = (String) page.get("nextPageToken");
        } while (token != null);
        return count;
    }

    private static double rate(int expected, Counted work) throws Exception {
        long started = System.nanoTime();
        long count = work.run();
        if (count != expected) {
            throw new IllegalStateException("Streamed " + count + " issues, expected " + expected);
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }

    private static List<Double> ratios(List<Double> values, List<Double> baselines) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ratios.add(values.get(i) / baselines.get(i));
        }
        return ratios;
    }

    @FunctionalInterface
    private interface Counted {
        long run() throws Exception;
    }

    /** The live heap before, along and after one streamed search. */
    record HeapProfile(long beforeBytes, List<Long> alongBytes, long afterBytes, long streamed) {

        double growthMb() {
            long peak = Math.max(afterBytes, alongBytes.stream().mapToLong(Long::longValue).max().orElse(afterBytes));
            return (peak - beforeBytes) / 1024.0 / 1024.0;
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("liveBeforeMb", mb(beforeBytes));
            map.put("liveAlongMb", alongBytes.stream().map(StreamingSearch::mb).toList());
            map.put("liveAfterMb", mb(afterBytes));
            map.put("growthMb", Spread.round(growthMb(), 1));
            map.put("streamed", streamed);
            return map;
        }
    }

    private static double mb(long bytes) {
        return Spread.round(bytes / 1024.0 / 1024.0, 1);
    }

    /** The route under test, as a user would write it. */
    private static final class StreamingRoute implements AutoCloseable {

        private final CamelContext camel = new DefaultCamelContext();
        private final ProducerTemplate template;
        private final AtomicLong streamed = new AtomicLong();
        private final List<Long> liveAlong = new ArrayList<>();
        private volatile long checkpointEvery;

        StreamingRoute(JiraSite site) throws Exception {
            camel.addComponent("jira", new JiraComponent());
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:stream")
                            .to("jira:search/jql?streamResults=true&pageSize=" + PAGE_SIZE + "&fields=summary&"
                                    + site.jiraOptions())
                            .split(body()).streaming()
                            .process(exchange -> issueArrived())
                            .end();
                }
            });
            camel.start();
            template = camel.createProducerTemplate();
        }

        /** @param checkpoints measure the live heap every this many issues; 0 for never */
        long stream(long checkpoints) {
            streamed.set(0);
            checkpointEvery = checkpoints;
            template.sendBodyAndHeader("direct:stream", null, JiraConstants.JQL, JQL);
            return streamed.get();
        }

        HeapProfile heapProfile(int expected) {
            liveAlong.clear();
            long before = Meters.liveHeapBytes();
            long count = stream(Math.max(1, expected / 10));
            long after = Meters.liveHeapBytes();
            return new HeapProfile(before, List.copyOf(liveAlong), after, count);
        }

        private void issueArrived() {
            long count = streamed.incrementAndGet();
            if (checkpointEvery > 0 && count % checkpointEvery == 0) {
                liveAlong.add(Meters.liveHeapBytes());
            }
        }

        @Override
        public void close() {
            camel.stop();
        }
    }
}
