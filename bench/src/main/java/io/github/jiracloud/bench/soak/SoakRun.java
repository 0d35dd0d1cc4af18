package io.github.jiracloud.bench.soak;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import io.github.jiracloud.bench.clients.JiraSite;
import io.github.jiracloud.bench.emulator.ForkedEmulator;
import io.github.jiracloud.bench.load.Meters;
import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraEndpoint;
import io.github.jiracloud.camel.client.ConnectionPoolStats;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One soak: the emulator in a JVM of its own (rate limit and fault mix armed), a Camel context with one route per
 * action (each ending failures in a dead-letter channel), {@link SoakFlow}s calling concurrently until the time is up,
 * the heap measured after a full GC every few seconds, and at the end the threads, the connection pool and the
 * emulator's issues and comments counted.
 */
public final class SoakRun {

    static final String IDEMPOTENCY_PROPERTY = "camel.idempotency";
    private static final Map<String, String> ACTIONS = Map.of(
            "create", "jira:issue/create?",
            "get", "jira:issue/get?fields=summary,status&",
            "status", "jira:issue/get?fields=status&",
            "comment", "jira:comment/add?",
            "search", "jira:search/jql?singlePage=true&pageSize=20&fields=summary&",
            "update", "jira:issue/update?",
            "transition", "jira:issue/transition?");

    private final SoakSettings settings;
    private final Path specDirectory;
    /** Replaced after the warm-up, so that only the soak's exchanges are counted. */
    private volatile Ledger ledger = new Ledger();
    private final LongAdder retries = new LongAdder();

    /** @param specDirectory Atlassian's OpenAPI files, so the emulator checks every request; null for none */
    public SoakRun(SoakSettings settings, Path specDirectory) {
        this.settings = settings;
        this.specDirectory = specDirectory;
    }

    public SoakResult run() throws Exception {
        try (ForkedEmulator emulator = ForkedEmulator.start(specDirectory)) {
            CamelContext camel = camel(new JiraSite(emulator.baseUrl()));
            try {
                return soak(camel, emulator);
            } finally {
                camel.stop();
            }
        }
    }

    private SoakResult soak(CamelContext camel, ForkedEmulator emulator) throws Exception {
        ProducerTemplate template = camel.createProducerTemplate();
        // Warm up without faults: every route's endpoint, producer and pooled connection exist before the baseline.
        new SoakFlow(-1, template, ledger, System.nanoTime() + Duration.ofSeconds(2).toNanos(), settings.seed()).run();
        ledger = new Ledger();
        Set<String> threadsBefore = threadNames();
        int threadCountBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        emulator.rateLimit(settings.ratePerSecond(), settings.burst());
        emulator.faultMix(settings.faultChance(), settings.seed(), settings.slowAnswer());
        emulator.clearRequests();
        long[] keyedBefore = emulator.propertyValues(IDEMPOTENCY_PROPERTY);

        HeapSampler heap = new HeapSampler(settings.sampleInterval());
        heap.start();
        long started = System.nanoTime();
        long deadline = started + settings.duration().toNanos();
        List<Thread> flows = new ArrayList<>();
        Ledger counted = ledger;
        for (int id = 0; id < settings.flows(); id++) {
            Thread flow = new Thread(new SoakFlow(id, template, counted, deadline, settings.seed()), "soak-flow-" + id);
            flows.add(flow);
            flow.start();
        }
        for (Thread flow : flows) {
            // A flow finishes its exchange in flight: at worst a held-back answer and a few waits for Retry-After.
            flow.join(settings.responseTimeout().multipliedBy(settings.maxRetries() + 2).toMillis());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        heap.stopAndJoin();
        emulator.clearFaults();
        emulator.clearRateLimit();

        ConnectionPoolStats pool = drainedPool(camel);
        int threadCountAfter = ManagementFactory.getThreadMXBean().getThreadCount();
        Set<String> newThreads = new TreeSet<>(threadNames());
        newThreads.removeAll(threadsBefore);
        long[] keyedAfter = emulator.propertyValues(IDEMPOTENCY_PROPERTY);
        long[] keyed = {keyedAfter[0] - keyedBefore[0], keyedAfter[1] - keyedBefore[1], keyedAfter[2]};
        return new SoakResult(settings, elapsed, ledger.counts(), ledger.failures(), retries.sum(), heap.samples(),
                threadCountBefore, threadCountAfter, newThreads, pool, keyed, emulator.validating()
                        ? Long.parseLong(emulator.validationErrors().split(" ", 2)[0])
                        : -1,
                flows.stream().filter(Thread::isAlive).count());
    }

    private CamelContext camel(JiraSite site) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        JiraComponent jira = new JiraComponent();
        jira.setRetryListener((method, path, status) -> retries.increment());
        camel.addComponent("jira", jira);
        // The soak's emulator has no search lag: a create lost before Jira handled it is reported (outcome unknown)
        // after a short look rather than the 30 s a real site's lag calls for.
        String options = site.jiraOptions() + "&maxRetries=" + settings.maxRetries() + "&responseTimeout="
                + settings.responseTimeout().toMillis() + "&lostAnswerLookupWindow=2000";
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("direct:soak-failed"));
                ACTIONS.forEach((action, uri) -> from("direct:soak-" + action).routeId("soak-" + action)
                        .to(uri + options)
                        .process(exchange -> ledger.done(action)));
                from("direct:soak-failed").routeId("soak-failed").errorHandler(noErrorHandler())
                        .process(exchange -> ledger.failed(exchange.getProperty(SoakFlow.ACTION, String.class),
                                exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)));
            }
        });
        camel.start();
        return camel;
    }

    /** The pool once every call has given its connection back (at most a few seconds after the last flow ended). */
    private static ConnectionPoolStats drainedPool(CamelContext camel) throws InterruptedException {
        JiraEndpoint any = camel.getEndpoints().stream().filter(JiraEndpoint.class::isInstance)
                .map(JiraEndpoint.class::cast).findFirst().orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        ConnectionPoolStats stats = any.client().poolStats().orElseThrow();
        while (stats.leased() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            stats = any.client().poolStats().orElseThrow();
        }
        return stats;
    }

    private static Set<String> threadNames() {
        Set<String> names = new TreeSet<>();
        Thread.getAllStackTraces().keySet().forEach(thread -> names.add(thread.getName()));
        return names;
    }

    /** Live heap after a full GC, every interval, on a thread of its own. */
    static final class HeapSampler {

        private final Duration interval;
        private final List<Long> samples = new ArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        HeapSampler(Duration interval) {
            this.interval = interval;
            this.thread = new Thread(this::sample, "soak-heap-sampler");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void sample() {
            while (running.get()) {
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                long live = Meters.liveHeapBytes();
                synchronized (samples) {
                    samples.add(live);
                }
            }
        }

        void stopAndJoin() throws InterruptedException {
            running.set(false);
            thread.interrupt();
            thread.join();
        }

        List<Long> samples() {
            synchronized (samples) {
                return List.copyOf(samples);
            }
        }
    }
}
