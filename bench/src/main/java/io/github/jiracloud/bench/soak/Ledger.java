package io.github.jiracloud.bench.soak;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every exchange of a soak, counted where it happens: sent by a flow, done at the end of its route, failed in the
 * dead-letter channel (by exception type). Sent = done + failed, or an exchange went missing.
 */
final class Ledger {

    /** The counts of one action. */
    record Counts(long sent, long done, long failed) {

        long missing() {
            return sent - done - failed;
        }
    }

    private final Map<String, LongAdder> sent = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> done = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failed = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

    void sent(String action) {
        count(sent, action);
    }

    void done(String action) {
        count(done, action);
    }

    void failed(String action, Throwable failure) {
        count(failed, action);
        count(failures, failure == null ? "(none)" : failure.getClass().getName());
    }

    /** By action, in name order. */
    Map<String, Counts> counts() {
        Map<String, Counts> counts = new TreeMap<>();
        sent.keySet().forEach(action -> counts.put(action, new Counts(value(sent, action), value(done, action),
                value(failed, action))));
        return counts;
    }

    Counts total() {
        return counts().values().stream().reduce(new Counts(0, 0, 0),
                (a, b) -> new Counts(a.sent() + b.sent(), a.done() + b.done(), a.failed() + b.failed()));
    }

    /** Failed exchanges by exception class name. */
    Map<String, Long> failures() {
        Map<String, Long> byType = new TreeMap<>();
        failures.forEach((type, count) -> byType.put(type, count.sum()));
        return byType;
    }

    private static void count(Map<String, LongAdder> counters, String key) {
        counters.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static long value(Map<String, LongAdder> counters, String key) {
        LongAdder counter = counters.get(key);
        return counter == null ? 0 : counter.sum();
    }
}
