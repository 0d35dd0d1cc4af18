package io.github.jiracloud.app.flows;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.app.store.ExpiringRecords;
import io.github.jiracloud.app.store.RecordStores;
import io.github.jiracloud.app.store.StoreSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The cross-project-mirror flow's durable record: which copy each source issue has, and which change of the source
 * it last mirrored. Kept in the bundle's shared store ({@link ExpiringRecords} {@code mirror}, shared by the replicas
 * and across restarts), so the flow does not depend on Jira's search, whose index lags writes, to know what it
 * created: search is only the fallback for a source without a record (copies made before it, or whose record
 * expired after {@code store.mirror.keep-for} without an update). A redelivered change that was already mirrored is
 * recognised and not mirrored twice.
 */
@ApplicationScoped
@Named("mirrorRecords")
public class MirrorRecords {

    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final ExpiringRecords records;
    private final Duration keepFor;

    @Inject
    public MirrorRecords(RecordStores stores, StoreSettings settings) {
        this(stores.named("mirror"), settings.mirror().keepFor());
    }

    /** @param keepFor how long a record lasts after the source's last mirrored change */
    public MirrorRecords(ExpiringRecords records, Duration keepFor) {
        this.records = records;
        this.keepFor = keepFor;
    }

    /** The key of the source's copy, or null when the record has none. */
    public String copyOf(Map<String, Object> source) {
        return record(source).map(Record::copy).orElse(null);
    }

    /** Whether this change of the source (its {@code updated}) was mirrored already: a redelivery. */
    public boolean isMirrored(Map<String, Object> source) {
        Instant changed = changedAt(source);
        return record(source).filter(record -> changed != null && record.changedAt() != null
                && !changed.isAfter(record.changedAt())).isPresent();
    }

    /** Records that the source's copy is {@code copyKey} and that this change of the source is mirrored. */
    public void remember(Map<String, Object> source, String copyKey) {
        Instant changed = changedAt(source);
        records.put(sourceId(source), copyKey + (changed == null ? "" : " " + changed), keepFor);
    }

    private Optional<Record> record(Map<String, Object> source) {
        return records.get(sourceId(source)).map(value -> {
            int space = value.indexOf(' ');
            return space < 0
                    ? new Record(value, null)
                    : new Record(value.substring(0, space),
                            Instant.parse(value.substring(space + 1)));
        });
    }

    private static String sourceId(Map<String, Object> source) {
        Object id = source.get("id");
        if (id == null) {
            throw new IllegalArgumentException("The source issue has no id; the mirror flow needs issues as "
                    + "jira:issue/poll delivers them");
        }
        return "issue-" + id;
    }

    /** The source's {@code updated}, in Jira's format (2026-12-01T08:00:00.000+0000). */
    private static Instant changedAt(Map<String, Object> source) {
        Object fields = source.get("fields");
        Object updated = fields instanceof Map<?, ?> map ? map.get("updated") : null;
        return updated == null ? null : OffsetDateTime.parse(updated.toString(), JIRA_TIME).toInstant();
    }

    private record Record(String copy, Instant changedAt) {
    }
}
