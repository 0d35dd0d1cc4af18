package io.github.jiracloud.bench.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.bench.BenchContext;
import io.github.jiracloud.bench.BenchProfile;
import io.github.jiracloud.bench.clients.CamelClients;
import io.github.jiracloud.bench.clients.JiraSite;
import io.github.jiracloud.bench.clients.RawJiraClient;
import io.github.jiracloud.bench.emulator.ForkedEmulator;
import io.github.jiracloud.bench.load.Call;
import io.github.jiracloud.bench.load.LoadDriver;
import io.github.jiracloud.bench.load.LoadResult;
import io.github.jiracloud.bench.report.ScenarioResult;
import io.github.jiracloud.bench.report.Spread;
import io.github.jiracloud.bench.report.Target;

/**
 * Scenario 1: what a call through a jira: route costs next to a raw HttpClient 5 loop and a hand-written camel-http
 * route doing the same request, auth header and JSON parse. Every round runs the three variants back to back, in
 * an order that rotates from round to round; the targets are on the median of the per-round ratios.
 */
public final class PerCallCost implements Scenario {

    static final String RAW = "raw";
    static final String HAND_WRITTEN = "camel-http";
    static final String JIRA = "jira";
    /** Diagnostic: the raw client inside a route, to tell Camel's share of the jira route's cost from ours. */
    static final String RAW_IN_ROUTE = "raw-in-route";
    private static final List<String> VARIANTS = List.of(RAW, RAW_IN_ROUTE, HAND_WRITTEN, JIRA);
    private static final double VS_RAW = 1.10;
    private static final double VS_HAND_WRITTEN = 1.05;

    @Override
    public String id() {
        return "per-call-cost";
    }

    @Override
    public String title() {
        return "Per-call cost: jira:issue/get and jira:issue/create vs raw client and hand-written camel-http route";
    }

    @Override
    public void run(BenchContext context, ScenarioResult result) throws Exception {
        BenchProfile profile = context.profile();
        try (ForkedEmulator emulator = context.startEmulator();
                RawJiraClient raw = new RawJiraClient(new JiraSite(emulator.baseUrl()), 64);
                CamelClients camel = new CamelClients(new JiraSite(emulator.baseUrl()), "")) {
            Workload workload = Workload.seed(emulator);
            camel.addRawRoutes(raw);
            Map<String, Map<String, Call>> operations = new LinkedHashMap<>();
            operations.put("issue/get", Map.of(
                    RAW, (worker, sequence) -> raw.getIssue(workload.key(worker, sequence)),
                    RAW_IN_ROUTE, (worker, sequence) -> camel.rawInRouteGet(workload.key(worker, sequence)),
                    HAND_WRITTEN, (worker, sequence) -> camel.httpGet(workload.key(worker, sequence)),
                    JIRA, (worker, sequence) -> camel.jiraGet(workload.key(worker, sequence))));
            operations.put("issue/create", Map.of(
                    RAW, (worker, sequence) -> raw.createIssue(Workload.summary(worker, sequence)),
                    RAW_IN_ROUTE, (worker, sequence) -> camel.rawInRouteCreate(Workload.summary(worker, sequence)),
                    HAND_WRITTEN, (worker, sequence) -> camel.httpCreate(Workload.summary(worker, sequence)),
                    JIRA, (worker, sequence) -> camel.jiraCreate(Workload.summary(worker, sequence))));
            LoadDriver driver = new LoadDriver(emulator::cpuNanos);
            Map<String, Object> figures = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, Call>> operation : operations.entrySet()) {
                for (int concurrency : profile.concurrencies()) {
                    Rounds rounds = measure(driver, profile, concurrency, operation.getValue());
                    String name = operation.getKey() + " c=" + concurrency;
                    figures.put(name, figures(context, rounds, operation.getKey()));
                    addTargets(result, name, rounds);
                    result.headline(headline(name, rounds));
                    noteWhenServerBound(context, result, name, operation.getKey(), rounds);
                }
            }
            result.figure("cases", figures);
            emulator.reportViolations(result);
            result.figure("emulatorValidatesRequests", emulator.validating());
            result.note(
                    "Ratios are jira / baseline of the per-call figure, taken within each round. wall = elapsed time "
                            + "/ calls (1 / throughput); cpu = CPU of the harness JVM (callers, JIT, GC) / "
                            + "calls, which leaves "
                            + "out the emulator's share of each call; allocation = bytes the calling threads "
                            + "allocated / calls.");
        }
    }

    private static Rounds measure(LoadDriver driver, BenchProfile profile, int concurrency,
            Map<String, Call> variants) {
        for (String variant : VARIANTS) {
            driver.run(concurrency, profile.warmup(), variants.get(variant));
        }
        Rounds rounds = new Rounds();
        for (int round = 0; round < profile.rounds(); round++) {
            for (int i = 0; i < VARIANTS.size(); i++) {
                String variant = VARIANTS.get((i + round) % VARIANTS.size());
                rounds.add(variant, driver.run(concurrency, profile.round(), variants.get(variant)));
            }
        }
        return rounds;
    }

    private static Map<String, Object> figures(BenchContext context, Rounds rounds, String operation) {
        Map<String, Object> figures = new LinkedHashMap<>();
        Map<String, Object> ratios = new LinkedHashMap<>();
        for (String baseline : List.of(RAW, HAND_WRITTEN)) {
            Map<String, Object> versus = new LinkedHashMap<>();
            versus.put("wall", rounds.ratio(JIRA, baseline, Rounds.WALL).toMap(3));
            versus.put("cpu", rounds.ratio(JIRA, baseline, Rounds.CPU).toMap(3));
            versus.put("allocation", rounds.ratio(JIRA, baseline, Rounds.ALLOCATION).toMap(3));
            ratios.put("jira/" + baseline, versus);
        }
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("camelRouting: raw-in-route/raw", rounds.ratio(RAW_IN_ROUTE, RAW, Rounds.CPU).toMap(3));
        split.put("componentOwn: jira/raw-in-route", rounds.ratio(JIRA, RAW_IN_ROUTE, Rounds.CPU).toMap(3));
        ratios.put("cpuSplit", split);
        figures.put("ratios", ratios);
        for (String variant : VARIANTS) {
            figures.put(variant, rounds.figures(variant, context.cores()));
        }
        Double capacity = context.emulatorCapacity().get(operation);
        if (capacity != null) {
            double rawThroughput = rounds.spread(RAW, LoadResult::callsPerSecond).median();
            figures.put("rawThroughputShareOfEmulatorCapacity", Spread.round(rawThroughput / capacity, 3));
        }
        return figures;
    }

    /** Wall ratios only measure the client while the emulator has room; near its capacity they shrink towards 1. */
    private static void noteWhenServerBound(BenchContext context, ScenarioResult result, String name, String operation,
            Rounds rounds) {
        Double capacity = context.emulatorCapacity().get(operation);
        double raw = rounds.spread(RAW, LoadResult::callsPerSecond).median();
        if (capacity != null && raw > 0.8 * capacity) {
            result.note(String.format(
                    "%s: the raw client ran at %.0f %% of the emulator's capacity, and the emulator used "
                            + "%.0f %% of the machine's CPU: the wall ratios are compressed by the shared cores, "
                            + "so judge this case "
                            + "by the CPU ratios.",
                    name, 100 * raw / capacity,
                    100 * rounds.spread(RAW, load -> load.emulatorCpuShare(context.cores())).median()));
        }
    }

    private static String headline(String name, Rounds rounds) {
        StringBuilder line = new StringBuilder(name + ":");
        for (String variant : VARIANTS) {
            line.append(' ').append(variant).append(' ')
                    .append(String.format("%.0f", rounds.spread(variant, LoadResult::callsPerSecond).median()))
                    .append("/s ").append(String.format("%.0f", rounds.spread(variant, Rounds.CPU).median()))
                    .append(" µs CPU ")
                    .append(String.format("%.1f", rounds.spread(variant, Rounds.ALLOCATION).median() / 1024))
                    .append(" KB alloc;");
        }
        return line.append(" jira/raw CPU ").append(rounds.ratio(JIRA, RAW, Rounds.CPU).format(3))
                .append(" = Camel routing ").append(rounds.ratio(RAW_IN_ROUTE, RAW, Rounds.CPU).format(3))
                .append(" × component ").append(rounds.ratio(JIRA, RAW_IN_ROUTE, Rounds.CPU).format(3))
                .append("; jira/raw wall ").append(rounds.ratio(JIRA, RAW, Rounds.WALL).format(3))
                .append(", jira/camel-http wall ").append(rounds.ratio(JIRA, HAND_WRITTEN, Rounds.WALL).format(3))
                .toString();
    }

    private static void addTargets(ScenarioResult result, String name, Rounds rounds) {
        result.target(Target.atMost(name + ": jira/raw, wall per call", VS_RAW, "×",
                rounds.ratio(JIRA, RAW, Rounds.WALL), 3));
        result.target(Target.atMost(name + ": jira/raw, client CPU per call", VS_RAW, "×",
                rounds.ratio(JIRA, RAW, Rounds.CPU), 3));
        result.target(Target.atMost(name + ": jira/camel-http, wall per call", VS_HAND_WRITTEN, "×",
                rounds.ratio(JIRA, HAND_WRITTEN, Rounds.WALL), 3));
        result.target(Target.atMost(name + ": jira/camel-http, client CPU per call", VS_HAND_WRITTEN, "×",
                rounds.ratio(JIRA, HAND_WRITTEN, Rounds.CPU), 3));
        for (String variant : VARIANTS) {
            if (rounds.failures(variant) > 0) {
                result.note(name + " " + variant + ": " + rounds.failures(variant) + " failed calls, first: "
                        + rounds.firstFailure(variant));
            }
        }
    }
}
