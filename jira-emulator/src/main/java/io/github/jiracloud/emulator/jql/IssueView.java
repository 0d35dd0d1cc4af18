package io.github.jiracloud.emulator.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Read access to an issue as {@code GET /rest/api/3/issue/{key}} returns it, plus its properties.
 * Everything is plain Jackson output (maps, lists, strings, numbers), so access is by key.
 */
record IssueView(Map<String, Object> issue, Map<String, Object> properties) {

    IssueView {
        issue = issue == null ? Map.of() : issue;
        properties = properties == null ? Map.of() : properties;
    }

    /** A top-level value such as {@code id} or {@code key}. */
    Object top(String name) {
        return issue.get(name);
    }

    /** A value inside {@code fields}, e.g. {@code field("project")}. */
    Object field(String name) {
        return get(issue.get("fields"), name);
    }

    Object property(String key) {
        return properties.get(key);
    }

    String id() {
        Object id = issue.get("id");
        return id == null ? null : id.toString();
    }

    /** The value under {@code key} if {@code node} is a JSON object, else null. */
    static Object get(Object node, String key) {
        return node instanceof Map<?, ?> map ? map.get(key) : null;
    }

    /** Follows a dotted path through objects; a list on the way yields the path's value in each element. */
    static List<Object> path(Object node, List<String> keys) {
        List<Object> current = new ArrayList<>();
        current.add(node);
        for (String key : keys) {
            List<Object> next = new ArrayList<>();
            for (Object value : flatten(current)) {
                Object child = get(value, key);
                if (child != null) {
                    next.add(child);
                }
            }
            current = next;
        }
        return flatten(current);
    }

    /** Nested lists become one list; nulls are dropped, because JSON null means "no value". */
    static List<Object> flatten(Object value) {
        List<Object> result = new ArrayList<>();
        addFlattened(value, result);
        return result;
    }

    private static void addFlattened(Object value, List<Object> result) {
        if (value instanceof List<?> list) {
            list.forEach(item -> addFlattened(item, result));
        } else if (value != null) {
            result.add(value);
        }
    }
}
