package io.github.jiracloud.emulator.data;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A comment on an issue.
 *
 * @param body an Atlassian Document
 * @param visibility {@code {"type":"role"|"group","value":...}} or null
 * @param properties the comment's entity properties by key (set on create or update, as Jira allows)
 */
public record StoredComment(long id, String authorId, Map<String, Object> body, Instant created,
        String updateAuthorId, Instant updated, Map<String, Object> visibility,
        Map<String, Object> properties) {

    public StoredComment {
        properties = properties == null
                ? Map.of()
                : Collections.unmodifiableMap(
                        new LinkedHashMap<>(properties));
    }

    public StoredComment edited(Map<String, Object> newBody, Map<String, Object> newVisibility,
            Map<String, Object> newProperties, String editorId, Instant at) {
        return new StoredComment(id, authorId, newBody, created, editorId, at, newVisibility, newProperties);
    }
}
