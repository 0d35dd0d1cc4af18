package io.github.jiracloud.app.store;

import java.time.Duration;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Camel's de-duplication seam over {@link ExpiringRecords}, shared by the replicas and kept across restarts: the
 * bundle gives it to {@code jira:webhook} as its {@code idempotentRepository}. {@link #add} claims a key for
 * {@code claimFor} (so a claimant that dies without confirming or releasing holds it that long, no longer);
 * {@link #confirm} marks it processed for {@code keepFor}. {@link #contains} is true for processed keys only, which
 * lets the webhook consumer tell "done" (200) from "someone is on it" (409, Jira comes back).
 */
public final class SharedIdempotentRepository extends ServiceSupport implements IdempotentRepository {

    static final String CLAIMED = "claimed";
    static final String PROCESSED = "processed";

    private final ExpiringRecords records;
    private final Duration claimFor;
    private final Duration keepFor;

    public SharedIdempotentRepository(ExpiringRecords records, Duration claimFor, Duration keepFor) {
        this.records = records;
        this.claimFor = claimFor;
        this.keepFor = keepFor;
    }

    @Override
    public boolean add(String key) {
        return records.putIfAbsent(key, CLAIMED, claimFor);
    }

    @Override
    public boolean contains(String key) {
        return records.get(key).filter(PROCESSED::equals).isPresent();
    }

    @Override
    public boolean remove(String key) {
        return records.remove(key);
    }

    @Override
    public boolean confirm(String key) {
        records.put(key, PROCESSED, keepFor);
        return true;
    }

    /** Shared by every replica: clearing it would make them all process old deliveries again, so it is refused. */
    @Override
    public void clear() {
        throw new UnsupportedOperationException("The shared webhook record " + records.name() + " is not cleared "
                + "as a whole; its entries expire after " + keepFor);
    }

    @Override
    public String toString() {
        return "SharedIdempotentRepository[" + records.name() + "]";
    }
}
