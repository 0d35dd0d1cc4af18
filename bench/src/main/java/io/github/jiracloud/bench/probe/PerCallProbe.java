package io.github.jiracloud.bench.probe;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.ThreadMXBean;
import io.github.jiracloud.bench.clients.CamelClients;
import io.github.jiracloud.bench.clients.IssueRequests;
import io.github.jiracloud.bench.clients.JiraSite;
import io.github.jiracloud.bench.clients.RawJiraClient;
import io.github.jiracloud.bench.emulator.ForkedEmulator;
import io.github.jiracloud.bench.load.Call;

/**
 * A quick A/B of what one create and one get cost in the calling threads: their CPU time and the bytes they allocate
 * per call, for the raw client, the raw client in a route and the jira: route, in interleaved rounds against an
 * emulator in its own JVM. Unlike the {@code per-call-cost} scenario it reads the callers' own CPU (not the whole
 * JVM's, with JIT and GC), which makes a few µs of difference visible in a minute. Not part of the benchmark's
 * figures; for working on the component's per-call cost, alone or under JFR:
 *
 * <pre>
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.github.jiracloud.bench.probe.PerCallProbe \
 * [--threads 1] [--rounds 7] [--calls 5000] [--only jira-create]
 * </pre>
 *
 * {@code --only} runs that variant alone, e.g. under {@code -XX:StartFlightRecording}, so that every allocation
 * sample is of it.
 */
public final class PerCallProbe {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory
            .getThreadMXBean();

    private PerCallProbe() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int threads = Integer.parseInt(options.getOrDefault("threads", "1"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "7"));
        int calls = Integer.parseInt(options.getOrDefault("calls", "5000"));
        String only = options.get("only");
        try (ForkedEmulator emulator = ForkedEmulator.start(null);
                RawJiraClient raw = new RawJiraClient(new JiraSite(emulator.baseUrl()), 64);
                CamelClients camel = new CamelClients(new JiraSite(emulator.baseUrl()), "")) {
            camel.addRawRoutes(raw);
            String last = emulator.createIssues(IssueRequests.PROJECT, 200);
            int issues = Integer.parseInt(last.substring(last.indexOf('-') + 1));
            Map<String, Call> variants = new LinkedHashMap<>();
            variants.put("raw-create", (worker, n) -> raw.createIssue(summary(worker, n)));
            variants.put("raw-in-route-create", (worker, n) -> camel.rawInRouteCreate(summary(worker, n)));
            variants.put("jira-create", (worker, n) -> camel.jiraCreate(summary(worker, n)));
            variants.put("raw-get", (worker, n) -> raw.getIssue(key(worker, n, issues)));
            variants.put("raw-in-route-get", (worker, n) -> camel.rawInRouteGet(key(worker, n, issues)));
            variants.put("jira-get", (worker, n) -> camel.jiraGet(key(worker, n, issues)));
            if (only != null) {
                variants.keySet().retainAll(List.of(only));
                if (variants.isEmpty()) {
                    throw new IllegalArgumentException("--only names no variant; use one of raw-create, "
                            + "raw-in-route-create, jira-create, raw-get, raw-in-route-get, jira-get");
                }
            }
            for (Call call : variants.values()) {
                run(call, threads, calls); // warm-up
            }
            Map<String, List<double[]>> results = new LinkedHashMap<>();
            List<String> names = new ArrayList<>(variants.keySet());
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get((i + round) % names.size());
                    results.computeIfAbsent(name, k -> new ArrayList<>()).add(run(variants.get(name), threads, calls));
                }
            }
            report(results, threads, calls);
        }
    }

    /** @return {CPU µs per call, bytes per call} of the calling threads */
    private static double[] run(Call call, int threads, int calls) throws InterruptedException {
        AtomicLong cpu = new AtomicLong();
        AtomicLong allocated = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int worker = 0; worker < threads; worker++) {
            int id = worker;
            Thread thread = new Thread(() -> {
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
                for (int n = 0; n < calls; n++) {
                    try {
                        call.call(id, n);
                    } catch (Exception e) {
                        if (failures.getAndIncrement() == 0) {
                            e.printStackTrace();
                        }
                    }
                }
                cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuBefore);
                allocated.addAndGet(THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore);
            }, "probe-worker-" + worker);
            workers.add(thread);
            thread.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " calls failed");
        }
        double total = (double) threads * calls;
        return new double[]{cpu.get() / 1e3 / total, allocated.get() / total};
    }

    private static void report(Map<String, List<double[]>> results, int threads, int calls) {
        System.out.printf("threads=%d calls/thread/round=%d rounds=%d%n", threads, calls,
                results.values().iterator().next().size());
        for (Map.Entry<String, List<double[]>> variant : results.entrySet()) {
            System.out.printf("%-20s cpu %6.1f µs (%5.1f–%5.1f)   alloc %6.2f KB%n", variant.getKey(),
                    median(variant.getValue(), 0), min(variant.getValue(), 0), max(variant.getValue(), 0),
                    median(variant.getValue(), 1) / 1024);
        }
        for (String operation : List.of("create", "get")) {
            ratio(results, "jira-" + operation, "raw-in-route-" + operation);
            ratio(results, "jira-" + operation, "raw-" + operation);
        }
    }

    /** The median of the per-round ratios, as the benchmark takes them. */
    private static void ratio(Map<String, List<double[]>> results, String variant, String baseline) {
        List<double[]> measured = results.get(variant);
        List<double[]> base = results.get(baseline);
        if (measured == null || base == null) {
            return;
        }
        List<double[]> ratios = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            ratios.add(new double[]{measured.get(i)[0] / base.get(i)[0], measured.get(i)[1] - base.get(i)[1]});
        }
        System.out.printf("%s / %s: cpu %.3f× (%.3f–%.3f), alloc +%.2f KB%n", variant, baseline, median(ratios, 0),
                min(ratios, 0), max(ratios, 0), median(ratios, 1) / 1024);
    }

    private static double median(List<double[]> values, int index) {
        double[] sorted = values.stream().mapToDouble(v -> v[index]).sorted().toArray();
        return sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double min(List<double[]> values, int index) {
        return values.stream().mapToDouble(v -> v[index]).min().orElse(Double.NaN);
    }

    private static double max(List<double[]> values, int index) {
        return values.stream().mapToDouble(v -> v[index]).max().orElse(Double.NaN);
    }

    private static String summary(int worker, long n) {
        return "Probe issue " + worker + "-" + n;
    }

    private static String key(int worker, long n, int issues) {
        return IssueRequests.PROJECT + "-" + (1 + (worker * 7919L + n) % issues);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value, got " + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
