package io.github.jiracloud.app.flows;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.app.store.ExpiringRecords;
import io.github.jiracloud.app.store.RecordStores;
import io.github.jiracloud.app.store.StoreSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The cross-project-mirror flow's durable record: which copy each source issue has, whether it is linked yet, and
 * which change of the source the copy reflects: its {@code updated}, and what the copy shows of it (status and
 * summary), so that a change the copy would not show (the bundle's own link, a label) is no news for it. Kept in the
 * bundle's shared store
 * ({@link ExpiringRecords} {@code mirror}, shared by the replicas and across restarts), written as soon as the copy
 * exists, so the flow never depends on Jira's search, whose index lags writes, to know what it created: search is
 * only the fallback for a source without a record (copies made before it, or whose record expired after
 * {@code store.mirror.keep-for} without an update). A redelivered change that was mirrored already is recognised.
 */
@ApplicationScoped
@Named("mirrorRecords")
public class MirrorRecords {

    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** Whether the record says the copy is linked to the source. */
    public boolean isLinked(Map<String, Object> source) {
        return record(source).map(Record::linked).orElse(false);
    }

    /**
     * Whether this change of the source was mirrored already (a redelivery), or changed nothing the copy shows (its
     * status and summary are as last mirrored: e.g. the change was the mirror's own link).
     */
    public boolean isMirrored(Map<String, Object> source) {
        Instant changed = changedAt(source);
        String shown = shown(source);
        return record(source).filter(record -> shown.equals(record.shown()) || changed != null
                && record.changedAt() != null && !changed.isAfter(record.changedAt())).isPresent();
    }

    /** Records the copy the moment it exists, made from this change of the source, before it is linked. */
    public void created(Map<String, Object> source, String copyKey) {
        write(source, copyKey, false);
    }

    /** Records that the source's copy is {@code copyKey}, linked, and reflects this change of the source. */
    public void remember(Map<String, Object> source, String copyKey) {
        write(source, copyKey, true);
    }

    private void write(Map<String, Object> source, String copyKey, boolean linked) {
        ObjectNode value = JSON.createObjectNode().put("copy", copyKey).put("linked", linked)
                .put("shown", shown(source));
        Instant changed = changedAt(source);
        if (changed != null) {
            value.put("change", changed.toString());
        }
        records.put(sourceId(source), value.toString(), keepFor);
    }

    private Optional<Record> record(Map<String, Object> source) {
        return records.get(sourceId(source)).map(MirrorRecords::parse);
    }

    private static Record parse(String value) {
        try {
            JsonNode json = JSON.readTree(value);
            return new Record(json.path("copy").asText(), json.path("linked").asBoolean(),
                    json.hasNonNull("change") ? Instant.parse(json.get("change").asText()) : null,
                    json.path("shown").asText(null));
        } catch (Exception e) {
            throw new IllegalStateException("A mirror record cannot be read: " + e.getMessage(), e);
        }
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

    /** What the copy shows of the source: its comments name the status and the summary. */
    private static String shown(Map<String, Object> source) {
        return MirrorIssues.status(source) + "\n" + MirrorIssues.summary(source);
    }

    private record Record(String copy, boolean linked, Instant changedAt, String shown) {
    }
}
