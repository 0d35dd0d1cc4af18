package io.github.jiracloud.app.failed;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import io.github.jiracloud.app.store.DocumentStore;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.camel.CamelContext;

/** The store of failed exchanges and its replay, on the bundle's {@link DocumentStore}. */
@ApplicationScoped
public class FailedExchangesProducer {

    @Produces
    @Singleton
    FailedExchanges failedExchanges(DocumentStore documents, FailedExchangeSettings settings, Clock clock,
            MeterRegistry metrics, FailedExchangeMetrics pending) {
        return new FailedExchanges(documents, settings.shards(), new FailedExchanges.Limits(settings.maxEntries(),
                settings.maxAge(), settings.maxBodyBytes()), clock, new FailedExchanges.Listener() {
                    @Override
                    public void dropped(FailedExchange entry, String reason) {
                        metrics.counter("jira.bundle.failed.exchanges.dropped", "route", entry.flow(), "reason",
                                reason).increment();
                    }

                    @Override
                    public void changed() {
                        pending.invalidate();
                    }
                });
    }

    @Produces
    @Singleton
    FailedExchangeReplay replay(CamelContext camel, FailedExchanges store, FailedExchangeSettings settings) {
        // The pod name in Kubernetes; any unique name elsewhere.
        String holder = Optional.ofNullable(System.getenv("HOSTNAME")).filter(name -> !name.isBlank())
                .orElse("bundle-" + UUID.randomUUID());
        return new FailedExchangeReplay(camel, store, holder, settings.replayClaim());
    }
}
