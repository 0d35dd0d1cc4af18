package io.github.jiracloud.bench.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.jiracloud.bench.BenchContext;
import io.github.jiracloud.bench.BenchProfile;
import io.github.jiracloud.bench.clients.JiraSite;
import io.github.jiracloud.bench.clients.RawJiraClient;
import io.github.jiracloud.bench.emulator.ForkedEmulator;
import io.github.jiracloud.bench.load.Call;
import io.github.jiracloud.bench.load.LoadDriver;
import io.github.jiracloud.bench.load.LoadResult;
import io.github.jiracloud.bench.report.ScenarioResult;
import io.github.jiracloud.bench.report.Spread;

/**
 * Scenario 0: how much the emulator itself can serve, driven by the leanest client there is. The per-call figures
 * later are only about the client while the emulator stays well below this, and its CPU per call says how much of
 * each call's time is the server's.
 */
public final class EmulatorCapacity implements Scenario {

    @Override
    public String id() {
        return "emulator-capacity";
    }

    @Override
    public String title() {
        return "Emulator capacity (raw HttpClient 5 client)";
    }

    @Override
    public void run(BenchContext context, ScenarioResult result) throws Exception {
        BenchProfile profile = context.profile();
        try (ForkedEmulator emulator = context.startEmulator();
                RawJiraClient raw = new RawJiraClient(new JiraSite(emulator.baseUrl()), 64)) {
            Workload workload = Workload.seed(emulator);
            LoadDriver driver = new LoadDriver(emulator::cpuNanos);
            Map<String, Call> operations = new LinkedHashMap<>();
            operations.put("issue/get", (worker, sequence) -> raw.getIssue(workload.key(worker, sequence)));
            operations.put("issue/create", (worker, sequence) -> raw.createIssue(Workload.summary(worker, sequence)));
            Map<String, Object> figures = new LinkedHashMap<>();
            for (Map.Entry<String, Call> operation : operations.entrySet()) {
                Map<String, Object> byConcurrency = new LinkedHashMap<>();
                StringBuilder headline = new StringBuilder(operation.getKey() + ", raw client:");
                double best = 0;
                for (int concurrency : profile.capacityConcurrencies()) {
                    driver.run(concurrency, profile.warmup(), operation.getValue());
                    Rounds rounds = new Rounds();
                    for (int round = 0; round < profile.rounds(); round++) {
                        rounds.add("raw", driver.run(concurrency, profile.round(), operation.getValue()));
                    }
                    Map<String, Object> measured = rounds.figures("raw", context.cores());
                    byConcurrency.put("c" + concurrency, measured);
                    best = Math.max(best, rounds.spread("raw", LoadResult::callsPerSecond).median());
                    headline.append(" c=").append(concurrency).append(' ')
                            .append(rounds.spread("raw", LoadResult::callsPerSecond).format(0))
                            .append(" calls/s, emulator ")
                            .append(String.format("%.0f",
                                    rounds.spread("raw", LoadResult::emulatorCpuMicrosPerCall).median()))
                            .append(" µs CPU/call;");
                }
                result.headline(headline.toString());
                context.emulatorCapacity().put(operation.getKey(), best);
                byConcurrency.put("capacityCallsPerSecond", Spread.round(best, 1));
                figures.put(operation.getKey(), byConcurrency);
            }
            result.figure("byOperation", figures);
            emulator.reportViolations(result);
            result.figure("emulatorValidatesRequests", emulator.validating());
            result.note("The emulator runs in its own JVM on loopback; its CPU is read from that JVM, so "
                    + "emulatorCpuMicrosPerCall is the server's share of every call, the same for every client "
                    + "variant.");
        }
    }
}
