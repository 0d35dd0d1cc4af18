package io.github.jiracloud.app.failed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.jboss.logging.Logger;

/**
 * How many failed exchanges wait in the store, per flow: the gauge {@code jira_bundle_failed_exchanges{route="..."}}
 * (every flow of the bundle, 0 included, so an alert can compare) and the health check's data. The store is read
 * every {@value #REFRESH_SECONDS} seconds and after each change this copy makes, never on a scrape's thread, so a
 * slow store cannot hold up {@code /q/metrics}; with replicas, each one reports the shared store.
 */
@ApplicationScoped
public class FailedExchangeMetrics {

    /** What the store held when last read, or why it could not be read. */
    public record Snapshot(Map<String, Integer> pendingByFlow, Instant readAt, String problem) {
        public int total() {
            return pendingByFlow.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    static final int REFRESH_SECONDS = 15;
    private static final Logger LOG = Logger.getLogger(FailedExchangeMetrics.class);

    private final Instance<FailedExchanges> store;
    private final CamelContext camel;
    private final Clock clock;
    private final MultiGauge gauge;
    private ScheduledExecutorService refresher;
    private volatile Snapshot snapshot;

    public FailedExchangeMetrics(Instance<FailedExchanges> store, CamelContext camel, Clock clock,
            MeterRegistry registry) {
        this.store = store;
        this.camel = camel;
        this.clock = clock;
        this.gauge = MultiGauge.builder("jira.bundle.failed.exchanges")
                .description("Failed exchanges waiting in the store for a replay or a discard, per flow")
                .register(registry);
        this.snapshot = new Snapshot(Map.of(), Instant.EPOCH, "not read yet");
    }

    void start(@Observes StartupEvent started) {
        refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "failed-exchange-metrics");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refresh, 0, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** Reads the store again soon (after this copy changed it). */
    void invalidate() {
        ScheduledExecutorService running = refresher;
        if (running != null && !running.isShutdown()) {
            running.execute(this::refresh);
        }
    }

    /** Reads the store now; public for tests that must not wait for the next refresh. */
    public synchronized Snapshot refresh() {
        try {
            Map<String, Integer> pending = new TreeMap<>();
            for (Route route : camel.getRoutes()) {
                pending.put(route.getRouteId(), 0);
            }
            pending.putAll(store.get().pendingByFlow());
            snapshot = new Snapshot(pending, clock.instant(), null);
            List<MultiGauge.Row<?>> rows = pending.entrySet()
                    .stream().<MultiGauge.Row<?>> map(entry -> MultiGauge.Row.of(Tags.of("route", entry.getKey()),
                            entry.getValue()))
                    .toList();
            gauge.register(rows, true);
        } catch (RuntimeException e) {
            LOG.warnf("Could not count the failed exchanges in the store: %s", e.getMessage());
            snapshot = new Snapshot(snapshot.pendingByFlow(), snapshot.readAt(), e.getMessage());
        }
        return snapshot;
    }

    /** For the health check: a snapshot no older than the refresh period. */
    Snapshot recent() {
        Snapshot current = snapshot;
        return current.readAt().isBefore(clock.instant().minus(Duration.ofSeconds(REFRESH_SECONDS * 2L)))
                ? refresh()
                : current;
    }
}
