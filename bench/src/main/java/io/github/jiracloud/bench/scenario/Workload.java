package io.github.jiracloud.bench.scenario;

import java.util.List;
import java.util.stream.IntStream;

import io.github.jiracloud.bench.clients.IssueRequests;
import io.github.jiracloud.bench.emulator.ForkedEmulator;

/** The issues the get and create calls work on, identical for every client variant. */
final class Workload {

    /** Enough distinct issues that no cache of a single answer helps anyone. */
    private static final int SEEDED_ISSUES = 200;

    private final List<String> keys;

    private Workload(List<String> keys) {
        this.keys = keys;
    }

    /** Seeds the project and returns every key in it, the demo issues included. */
    static Workload seed(ForkedEmulator emulator) {
        String last = emulator.createIssues(IssueRequests.PROJECT, SEEDED_ISSUES);
        int count = Integer.parseInt(last.substring(last.indexOf('-') + 1));
        return new Workload(IntStream.rangeClosed(1, count).mapToObj(n -> IssueRequests.PROJECT + "-" + n).toList());
    }

    /** The same sequence of keys for every variant, spread over the workers. */
    String key(int worker, long sequence) {
        return keys.get((int) ((worker * 7919L + sequence) % keys.size()));
    }

    static String summary(int worker, long sequence) {
        return "Bench issue " + worker + "-" + sequence;
    }
}
