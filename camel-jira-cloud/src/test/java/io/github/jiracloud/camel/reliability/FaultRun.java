package io.github.jiracloud.camel.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.Sleeper;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * One run of the fault matrix: its own emulator (on a clock the run can move), a Camel context whose flow route sends
 * each exchange to a jira: endpoint and ends failures in a dead-letter channel, and the tally of what happened.
 */
final class FaultRun implements AutoCloseable {

    private static final int MAX_RETRIES = 3;
    static final String PROPERTY = "camel.idempotency";
    private static final List<String> ACTIONS = List.of("create", "get", "comment", "search", "update", "transition");
    private static final String TARGET = "FaultRunTarget";
    private static final String DONE = "FaultRunDone";

    /** What one exchange was and how it ended. */
    private record Sent(String action, String key, boolean done, Throwable failure) {
    }

    /**
     * @param sent exchanges sent
     * @param done exchanges that went through the whole route
     * @param failed the exceptions of the exchanges that reached the dead-letter channel
     * @param duplicates issues and comments made more than once for one idempotency key
     * @param writes issues and comments made by the run's creates
     * @param readsPerGet the most GET attempts one issue/get made
     * @param retries retries the component made, all calls together
     */
    record Tally(int sent, int done, List<Throwable> failed, int duplicates, int writes,
            boolean writesOfDoneExchanges, long readsPerGet, int retries) {

        @Override
        public String toString() {
            return "sent " + sent + ", done " + done + ", failed " + failed.size()
                    + failed.stream().map(failure -> failure.getClass().getSimpleName()).distinct().toList()
                    + ", duplicates " + duplicates + ", writes " + writes + ", GET attempts per get <= " + readsPerGet
                    + ", retries " + retries;
        }
    }

    private final SettableClock clock = new SettableClock();
    private final JiraEmulator emulator;
    private final JiraTestContext context;
    private final String options;
    private final int maxRetries;
    private final String workIssue;
    private final List<String> readIssues;
    private final List<Sent> sent = new ArrayList<>();
    private final List<Exchange> deadLetters = new CopyOnWriteArrayList<>();
    private final AtomicInteger retries = new AtomicInteger();
    private Thread restart;

    FaultRun(UnaryOperator<JiraEmulator.Builder> settings, Connections connection, String scenarioOptions,
            boolean realSleeper) throws Exception {
        emulator = settings.apply(JiraEmulator.builder().port(0).clock(clock)).build().start();
        context = new JiraTestContext(emulator);
        JiraComponent jira = context.camel().getComponent("jira", JiraComponent.class);
        jira.setRetryListener((method, path, status) -> retries.incrementAndGet());
        if (realSleeper) {
            jira.setSleeper(Sleeper.SYSTEM);
        }
        Map<String, String> chosen = merged("maxRetries=" + MAX_RETRIES + "&retryInitialDelay=100&retryMaxDelay=2000",
                scenarioOptions);
        maxRetries = Integer.parseInt(chosen.get("maxRetries"));
        StringBuilder joined = new StringBuilder();
        chosen.forEach((name, value) -> joined.append(name).append('=').append(value).append('&'));
        options = joined + connection.options(context, emulator);
        List<String> seeded = emulator.data().createIssues("OPS", 3);
        workIssue = seeded.get(0);
        readIssues = seeded.subList(1, 3);
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:flow").routeId("flow")
                        .errorHandler(deadLetterChannel("direct:dead-letters"))
                        .toD("${header." + TARGET + "}")
                        .setProperty(DONE, constant(true));
                from("direct:dead-letters").process(deadLetters::add);
            }
        });
    }

    void inject(Fault.Builder fault) {
        emulator.controls().injectFault(fault.build());
    }

    /**
     * Arms one burst of a fault per kind of call, each as long as the retry policy can ride out: the next
     * {@code maxRetries} GETs, POSTs and PUTs (reads, creates with their look-ups and searches, updates) meet it.
     */
    void burst(Supplier<Fault.Builder> fault) {
        for (String method : List.of("GET", "POST", "PUT")) {
            inject(fault.get().method(method).pathRegex("/rest/api/3/").times(maxRetries));
        }
    }

    SettableClock clock() {
        return clock;
    }

    JiraEmulator emulator() {
        return emulator;
    }

    int retries() {
        return retries.get();
    }

    int maxRetries() {
        return maxRetries;
    }

    /** The status name of the issue that comments, updates and transitions act on. */
    String workIssueStatus() {
        Map<?, ?> fields = (Map<?, ?>) emulator.data().issue(workIssue).orElseThrow().get("fields");
        return String.valueOf(((Map<?, ?>) fields.get("status")).get("name"));
    }

    /** Requests the emulator answered (or dropped) whose path ends so. */
    long requests(String method, String pathEnd) {
        return emulator.requests().stream()
                .filter(request -> request.method().equals(method) && request.path().endsWith(pathEnd)).count();
    }

    /** Stops the emulator now, and starts it again on the same port a moment later, while the run goes on. */
    void restartEmulatorInTheBackground() {
        emulator.stop();
        restart = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            emulator.start();
        }, "emulator-restart");
        restart.start();
    }

    /** Sends {@code count} exchanges one after the other, calling {@code midway} after half of them. */
    Tally exchanges(int count, Runnable midway) throws InterruptedException {
        for (int index = 0; index < count; index++) {
            if (index == count / 2) {
                midway.run();
            }
            sent.add(send(index));
        }
        if (restart != null) {
            restart.join();
        }
        return tally();
    }

    private Sent send(int index) {
        String action = ACTIONS.get(index % ACTIONS.size());
        int round = index / ACTIONS.size();
        String key = action + "-" + index + "-" + UUID.randomUUID();
        Map<String, Object> headers = new HashMap<>();
        Object body = null;
        String uri = switch (action) {
            case "create" -> {
                headers.put(JiraConstants.IDEMPOTENCY_KEY, key);
                body = Map.of("project", "OPS", "issuetype", "Task", "summary", "Matrix " + index);
                yield "jira:issue/create?";
            }
            case "get" -> {
                headers.put(JiraConstants.ISSUE_KEY, readIssues.get(round % readIssues.size()));
                yield "jira:issue/get?fields=summary&";
            }
            case "comment" -> {
                headers.put(JiraConstants.ISSUE_KEY, workIssue);
                headers.put(JiraConstants.IDEMPOTENCY_KEY, key);
                body = "Comment " + index;
                yield "jira:comment/add?";
            }
            case "search" -> {
                headers.put(JiraConstants.JQL, "project = OPS ORDER BY created DESC");
                yield "jira:search/jql?fields=summary&pageSize=10&limit=10&";
            }
            case "update" -> {
                headers.put(JiraConstants.ISSUE_KEY, workIssue);
                body = Map.of("summary", "Updated by exchange " + index);
                yield "jira:issue/update?";
            }
            default -> {
                headers.put(JiraConstants.ISSUE_KEY, workIssue);
                // Done is available from To Do as well, so round two works whether or not round one did.
                headers.put(JiraConstants.TRANSITION, round % 2 == 0 ? "Start Progress" : "Done");
                yield "jira:issue/transition?";
            }
        };
        headers.put(TARGET, uri + options);
        Object sentBody = body;
        Exchange exchange = context.camel().createProducerTemplate().send("direct:flow", out -> {
            out.getMessage().setHeaders(headers);
            out.getMessage().setBody(sentBody);
        });
        boolean done = exchange.getProperty(DONE, false, Boolean.class);
        return new Sent(action, key, done, exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
    }

    private Tally tally() {
        int duplicates = 0;
        int writes = 0;
        boolean doneWroteOnce = true;
        for (Sent each : sent) {
            int made = switch (each.action()) {
                case "create" -> emulator.data().issueKeysWithProperty(PROPERTY, Map.of("key", each.key())).size();
                case "comment" -> emulator.data().commentIdsWithProperty(PROPERTY, Map.of("key", each.key())).size();
                default -> -1;
            };
            if (made >= 0) {
                duplicates += Math.max(0, made - 1);
                writes += made;
                doneWroteOnce &= !each.done() || made == 1;
            }
        }
        Map<String, Long> getsPerIssue = new LinkedHashMap<>();
        readIssues.forEach(issue -> getsPerIssue.put(issue, emulator.requests().stream()
                .filter(request -> request.method().equals("GET") && request.path().endsWith("/issue/" + issue))
                .count()));
        int done = (int) sent.stream().filter(Sent::done).count();
        List<Throwable> failed = deadLetters.stream()
                .map(exchange -> exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)).toList();
        return new Tally(sent.size(), done, failed, duplicates, writes, doneWroteOnce,
                getsPerIssue.values().stream().mapToLong(Long::longValue).max().orElse(0), retries.get());
    }

    /** The defaults with the scenario's options on top: an option given twice would be refused by Camel. */
    private static Map<String, String> merged(String defaults, String overrides) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String text : List.of(defaults, overrides)) {
            for (String pair : text.split("&")) {
                if (!pair.isBlank()) {
                    options.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
            }
        }
        return options;
    }

    @Override
    public void close() throws InterruptedException {
        if (restart != null) {
            restart.join();
        }
        context.close();
        emulator.close();
    }
}
