package io.github.jiracloud.emulator.jql;

import java.util.Locale;
import java.util.Map;

/**
 * The rank of a priority, higher for more urgent, so {@code priority > Medium} means High and Highest
 * and {@code ORDER BY priority DESC} puts Highest first. Knows Jira Cloud's default priorities and the
 * classic ones; other names rank by id, where Jira's defaults run 1 (Highest) to 5 (Lowest).
 */
final class PriorityRank {

    private static final Map<String, Integer> BY_NAME = Map.ofEntries(
            Map.entry("highest", 5), Map.entry("high", 4), Map.entry("medium", 3),
            Map.entry("low", 2), Map.entry("lowest", 1),
            Map.entry("blocker", 5), Map.entry("critical", 4), Map.entry("major", 3),
            Map.entry("minor", 2), Map.entry("trivial", 1));

    private PriorityRank() {
    }

    /** The rank of a priority as an issue holds it, {@code {"id":"2","name":"High"}}; null if unknown. */
    static Integer of(Object priority) {
        Integer byName = ofText(IssueView.get(priority, "name") instanceof String name ? name : null);
        return byName != null ? byName : ofText(IssueView.get(priority, "id") instanceof String id ? id : null);
    }

    /** The rank of a priority name, or of a default priority id; null if unknown. */
    static Integer ofText(String nameOrId) {
        if (nameOrId == null) {
            return null;
        }
        String key = nameOrId.strip().toLowerCase(Locale.ROOT);
        if (BY_NAME.containsKey(key)) {
            return BY_NAME.get(key);
        }
        if (key.matches("[1-5]")) {
            return 6 - Integer.parseInt(key);
        }
        return null;
    }
}
