package io.github.jiracloud.app.flows;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Jira input for the cross-project-mirror flow, from a source issue as {@code jira:issue/poll} delivers it. */
@ApplicationScoped
@Named("mirrorIssues")
public class MirrorIssues {

    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /** The label that finds the mirror of a source issue. */
    public static String label(String sourceKey) {
        return "mirror-" + sourceKey;
    }

    /** The mirror issue: the source's summary, prefixed with its key, and the label. */
    public Map<String, Object> copy(Map<String, Object> source) {
        String key = String.valueOf(source.get("key"));
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("summary", "[" + key + "] " + field(source, "summary"));
        issue.put("description", "Mirror of " + key + ". Changes there are commented here.");
        issue.put("labels", List.of(label(key)));
        return issue;
    }

    /**
     * Whether the copy (as search returns it, with {@code created}) was made at or after the source's change: then it
     * was made from this change (the bundle stopped before recording it), and the change needs no comment.
     */
    public boolean isCopyOfThisChange(Map<String, Object> copy, Map<String, Object> source) {
        Object created = fields(copy).get("created");
        Object updated = fields(source).get("updated");
        return created != null && updated != null && !OffsetDateTime.parse(created.toString(), JIRA_TIME)
                .isBefore(OffsetDateTime.parse(updated.toString(), JIRA_TIME));
    }

    /** Whether the copy (read with its {@code issuelinks}) still lacks its link to the source issue. */
    public boolean isNotLinkedTo(Map<String, Object> copy, String sourceKey) {
        return !isLinkedTo(copy, sourceKey);
    }

    /** Whether the copy (read with its {@code issuelinks}) is linked to the source issue. */
    public boolean isLinkedTo(Map<String, Object> copy, String sourceKey) {
        Object links = fields(copy).get("issuelinks");
        if (!(links instanceof List<?> list)) {
            return false;
        }
        return list.stream().filter(Map.class::isInstance).map(Map.class::cast)
                .anyMatch(link -> sourceKey.equals(key(link.get("inwardIssue")))
                        || sourceKey.equals(key(link.get("outwardIssue"))));
    }

    private static Object key(Object issue) {
        return issue instanceof Map<?, ?> map ? map.get("key") : null;
    }

    /** The comment for a later update of the source. */
    public String updateComment(Map<String, Object> source) {
        return source.get("key") + " was updated: status " + status(source) + ", summary: " + summary(source);
    }

    static String status(Map<String, Object> source) {
        Object status = fields(source).get("status");
        return status instanceof Map<?, ?> map ? String.valueOf(map.get("name")) : "unknown";
    }

    static String summary(Map<String, Object> source) {
        return field(source, "summary");
    }

    private static String field(Map<String, Object> source, String name) {
        Object value = fields(source).get(name);
        return value == null ? "" : value.toString();
    }

    private static Map<?, ?> fields(Map<String, Object> source) {
        return source.get("fields") instanceof Map<?, ?> map ? map : Map.of();
    }
}
