package io.github.jiracloud.app.store;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Makes the named {@link ExpiringRecords} stores on the bundle's {@link DocumentStore}, each with the configured
 * shards, and counts what they drop ({@code jira_bundle_records_dropped_total{store="..."}}).
 */
@ApplicationScoped
public class RecordStores {

    private final DocumentStore documents;
    private final StoreSettings settings;
    private final Clock clock;
    private final MeterRegistry metrics;

    public RecordStores(DocumentStore documents, StoreSettings settings, Clock clock, MeterRegistry metrics) {
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** @param name lower-case letters, digits and dashes, e.g. webhooks, mirror, alert-fingerprints */
    public ExpiringRecords named(String name) {
        return new ExpiringRecords(documents, name, settings.records().shards(), settings.records().maxShardBytes(),
                clock, (store, dropped) -> metrics.counter("jira.bundle.records.dropped", "store", store)
                        .increment(dropped.size()));
    }
}
