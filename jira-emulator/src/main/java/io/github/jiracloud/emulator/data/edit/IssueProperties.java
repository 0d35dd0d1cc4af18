package io.github.jiracloud.emulator.data.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.StoredIssue;

/** Issue entity properties: small JSON documents apps attach to issues, which JQL can query. */
public final class IssueProperties {

    private final JiraStore store;

    public IssueProperties(JiraStore store) {
        this.store = store;
    }

    /** @return whether the property was new, or empty if the issue doesn't exist */
    public Optional<Boolean> set(long issueId, String key, Object value) {
        checkKey(key);
        boolean[] created = new boolean[1];
        return store.issues().update(issueId, issue -> {
            Map<String, Object> properties = new LinkedHashMap<>(issue.properties());
            created[0] = !properties.containsKey(key);
            properties.put(key, value);
            return issue.withProperties(properties);
        }).map(ignored -> created[0]);
    }

    /** @return whether the property existed */
    public boolean delete(long issueId, String key) {
        boolean[] removed = new boolean[1];
        store.issues().update(issueId, issue -> {
            Map<String, Object> properties = new LinkedHashMap<>(issue.properties());
            removed[0] = properties.containsKey(key);
            properties.remove(key);
            return removed[0] ? issue.withProperties(properties) : issue;
        });
        return removed[0];
    }

    /** The {@code properties} array of a create or edit request: {@code [{"key": ..., "value": ...}]}. */
    static Map<String, Object> read(Object section, FieldErrors.Collector errors) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (section == null) {
            return properties;
        }
        for (Object item : section instanceof List<?> list ? list : List.of(section)) {
            Object key = item instanceof Map<?, ?> map ? map.get("key") : null;
            if (!(key instanceof String text) || text.isBlank() || text.length() > 255) {
                errors.add("properties", "The property key must be between 1 and 255 characters long.");
            } else {
                properties.put(text, ((Map<?, ?>) item).get("value"));
            }
        }
        return properties;
    }

    static StoredIssue withProperties(StoredIssue issue, Map<String, Object> added) {
        if (added.isEmpty()) {
            return issue;
        }
        Map<String, Object> properties = new LinkedHashMap<>(issue.properties());
        properties.putAll(added);
        return issue.withProperties(properties);
    }

    private static void checkKey(String key) {
        if (key == null || key.isBlank() || key.length() > 255) {
            throw FieldErrors.message("The property key must be between 1 and 255 characters long.");
        }
    }
}
