package io.github.jiracloud.bench.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.jiracloud.bench.report.Machine;
import io.github.jiracloud.camel.client.ConnectionPoolStats;

/**
 * What a soak showed, and the checks it must pass: every exchange accounted for, no issue or comment made twice, none
 * that a done exchange made missing, failures only of the component's typed exceptions, a heap that does not grow
 * (median of the last third of the samples against the first third: a sample can catch the flows' fresh garbage
 * between the collection and the reading), threads and pooled connections back to where they were.
 *
 * @param keyed issues and comments carrying an idempotency key, and how many repeat another's key
 * @param specViolations requests the emulator refused as not matching the OpenAPI spec; -1 when not checked
 * @param flowsStillRunning flows that had not ended when the run was measured
 */
public record SoakResult(SoakSettings settings, Duration elapsed, Map<String, Ledger.Counts> actions,
        Map<String, Long> failures, long retries, List<Long> heapSamples, int threadsBefore,
        int threadsAfter, Set<String> newThreads, ConnectionPoolStats pool, long[] keyed,
        long specViolations, long flowsStillRunning) {

    /** Heap growth allowed between the first and the last third: GC noise, not a leak of the component's. */
    static final long HEAP_SLACK_BYTES = 8L << 20;
    /** Threads the JVM may add on its own (compiler, GC and common-pool workers). */
    static final int THREAD_SLACK = 2;

    public Ledger.Counts total() {
        return actions.values().stream().reduce(new Ledger.Counts(0, 0, 0),
                (a, b) -> new Ledger.Counts(a.sent() + b.sent(), a.done() + b.done(), a.failed() + b.failed()));
    }

    public long duplicates() {
        return keyed[2];
    }

    /** Median live heap of the first third of the samples, and of the last third, in bytes. */
    public long[] heapThirds() {
        int third = Math.max(1, heapSamples.size() / 3);
        return new long[]{median(heapSamples.subList(0, third)),
                median(heapSamples.subList(heapSamples.size() - third, heapSamples.size()))};
    }

    public long heapGrowth() {
        long[] thirds = heapThirds();
        return thirds[1] - thirds[0];
    }

    /** Each check by name: passed or not, with the figure that decided it. */
    public Map<String, String> checks() {
        Map<String, String> checks = new LinkedHashMap<>();
        Ledger.Counts total = total();
        check(checks, "every exchange accounted for", total.missing() == 0 && flowsStillRunning == 0,
                "sent " + total.sent() + " = done " + total.done() + " + failed " + total.failed());
        check(checks, "no issue or comment made twice", duplicates() == 0, duplicates() + " duplicates");
        Ledger.Counts creates = actions.getOrDefault("create", new Ledger.Counts(0, 0, 0));
        Ledger.Counts comments = actions.getOrDefault("comment", new Ledger.Counts(0, 0, 0));
        check(checks, "every done create made its issue", keyed[0] >= creates.done()
                && keyed[0] <= creates.done() + creates.failed(),
                keyed[0] + " issues for " + creates.done()
                        + " done and " + creates.failed() + " failed creates");
        check(checks, "every done comment/add made its comment", keyed[1] >= comments.done()
                && keyed[1] <= comments.done() + comments.failed(),
                keyed[1] + " comments for " + comments.done()
                        + " done and " + comments.failed() + " failed adds");
        check(checks, "failures are typed JiraExceptions", failures.keySet().stream()
                .allMatch(type -> type.startsWith("io.github.jiracloud.camel.error.Jira")), failures.toString());
        check(checks, "heap stable", heapSamples.size() >= 3 && heapGrowth() <= HEAP_SLACK_BYTES,
                mb(heapThirds()[0]) + " -> " + mb(heapThirds()[1]) + " MB (" + heapSamples.size() + " samples)");
        check(checks, "no leaked threads", threadsAfter <= threadsBefore + THREAD_SLACK,
                threadsBefore + " -> " + threadsAfter + (newThreads.isEmpty() ? "" : ", new: " + newThreads));
        check(checks, "no leaked connections", pool.leased() == 0 && pool.pending() == 0,
                "leased " + pool.leased() + ", idle " + pool.available() + " of " + pool.max());
        if (specViolations >= 0) {
            check(checks, "requests match the OpenAPI spec", specViolations == 0, specViolations + " refused");
        }
        return checks;
    }

    public boolean passed() {
        return checks().values().stream().allMatch(text -> text.startsWith("pass"));
    }

    public String markdown() {
        List<String> lines = new ArrayList<>();
        Ledger.Counts total = total();
        lines.add("# Soak " + (passed() ? "passed" : "FAILED"));
        lines.add("");
        lines.add(String.format("%s, commit %s. %d flows for %d s (%.0f exchanges/s) against the emulator (separate "
                + "JVM) with a rate limit of %.0f/s (burst %d) and %.1f %% of REST calls faulted (seed %d): "
                + "connection resets before and after handling, 502 HTML pages, 503 with Retry-After, empty "
                + "and truncated bodies, answers held back %d s (responseTimeout %d s); maxRetries %d.",
                Instant.now().toString().substring(0, 16).replace('T', ' '), Machine.commit(), settings.flows(),
                elapsed.toSeconds(), total.sent() / Math.max(1.0, elapsed.toMillis() / 1000.0),
                settings.ratePerSecond(), settings.burst(), settings.faultChance() * 100, settings.seed(),
                settings.slowAnswer().toSeconds(), settings.responseTimeout().toSeconds(), settings.maxRetries()));
        lines.add("");
        lines.add("| check | result |");
        lines.add("|---|---|");
        checks().forEach((name, result) -> lines.add("| " + name + " | " + result + " |"));
        lines.add("");
        lines.add("| action | sent | done | failed |");
        lines.add("|---|---:|---:|---:|");
        actions.forEach((action, counts) -> lines.add("| " + action + " | " + counts.sent() + " | " + counts.done()
                + " | " + counts.failed() + " |"));
        lines.add("| **all** | " + total.sent() + " | " + total.done() + " | " + total.failed() + " |");
        lines.add("");
        lines.add("Retries made by the component: " + retries + ". Failures by type: "
                + (failures.isEmpty() ? "none" : failures) + ". Issues and comments with an idempotency key: "
                + keyed[0] + " and " + keyed[1] + ", duplicates " + duplicates() + ".");
        lines.add("");
        lines.add("Live heap after a full GC, MB, every " + settings.sampleInterval().toSeconds() + " s: "
                + heapSamples.stream().map(SoakResult::mb).toList() + ".");
        lines.add("");
        return String.join("\n", lines);
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown());
    }

    private static void check(Map<String, String> checks, String name, boolean passed, String figure) {
        checks.put(name, (passed ? "pass: " : "FAIL: ") + figure);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    private static String mb(long bytes) {
        return String.format("%.1f", bytes / 1048576.0);
    }
}
