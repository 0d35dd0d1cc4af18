package io.github.jiracloud.emulator.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An immutable snapshot of one issue. Every change makes a new snapshot and swaps it in atomically, so readers
 * never lock and never see half an edit.
 *
 * <p>Field values are stored by field id in a compact form (ids for statuses, priorities and users; Instants for
 * times; ADF documents as maps) and turned into API JSON by the renderer, which adds the {@code self} links of
 * whichever URL style the caller used.
 */
public final class StoredIssue {

    private final long id;
    private final String key;
    private final String projectId;
    private final Map<String, Object> fields;
    private final Map<String, Object> properties;
    private final List<StoredComment> comments;
    private final List<ChangeHistory> changelog;
    private final List<Long> subtaskIds;
    /** The issue as search sees it, rendered once per snapshot because every query over every issue needs it. */
    private volatile Map<String, Object> searchView;

    public StoredIssue(long id, String key, String projectId, Map<String, Object> fields,
            Map<String, Object> properties,
            List<StoredComment> comments, List<ChangeHistory> changelog, List<Long> subtaskIds) {
        this.id = id;
        this.key = key;
        this.projectId = projectId;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        this.comments = List.copyOf(comments);
        this.changelog = List.copyOf(changelog);
        this.subtaskIds = List.copyOf(subtaskIds);
    }

    public long id() {
        return id;
    }

    public String idText() {
        return Long.toString(id);
    }

    public String key() {
        return key;
    }

    public String projectId() {
        return projectId;
    }

    /** Stored values by field id; a missing or null entry means the field is empty. */
    public Map<String, Object> fields() {
        return fields;
    }

    public Object field(String fieldId) {
        return fields.get(fieldId);
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public List<StoredComment> comments() {
        return comments;
    }

    public List<ChangeHistory> changelog() {
        return changelog;
    }

    public List<Long> subtaskIds() {
        return subtaskIds;
    }

    public StoredIssue withFields(Map<String, Object> newFields) {
        return new StoredIssue(id, key, projectId, newFields, properties, comments, changelog, subtaskIds);
    }

    /** The issue under another key and project, as after a move. */
    public StoredIssue withKey(String newKey, String newProjectId) {
        return new StoredIssue(id, newKey, newProjectId, fields, properties, comments, changelog, subtaskIds);
    }

    public StoredIssue withField(String fieldId, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.put(fieldId, value);
        return withFields(copy);
    }

    public StoredIssue withProperties(Map<String, Object> newProperties) {
        return new StoredIssue(id, key, projectId, fields, newProperties, comments, changelog, subtaskIds);
    }

    public StoredIssue withComments(List<StoredComment> newComments) {
        return new StoredIssue(id, key, projectId, fields, properties, newComments, changelog, subtaskIds);
    }

    public StoredIssue withChange(ChangeHistory change) {
        List<ChangeHistory> copy = new ArrayList<>(changelog);
        copy.add(change);
        return new StoredIssue(id, key, projectId, fields, properties, comments, copy, subtaskIds);
    }

    public StoredIssue withSubtaskIds(List<Long> newSubtaskIds) {
        return new StoredIssue(id, key, projectId, fields, properties, comments, changelog, newSubtaskIds);
    }

    /** The cached search view of this snapshot, rendered on first use. */
    public Map<String, Object> searchView(Function<StoredIssue, Map<String, Object>> renderer) {
        Map<String, Object> view = searchView;
        if (view == null) {
            view = renderer.apply(this);
            searchView = view;
        }
        return view;
    }
}
