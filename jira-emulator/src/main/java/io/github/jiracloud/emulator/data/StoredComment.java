package io.github.jiracloud.emulator.data;

import java.time.Instant;
import java.util.Map;

/**
 * A comment on an issue.
 *
 * @param body       an Atlassian Document
 * @param visibility {@code {"type":"role"|"group","value":...}} or null
 */
public record StoredComment(long id, String authorId, Map<String, Object> body, Instant created,
                            String updateAuthorId, Instant updated, Map<String, Object> visibility) {

    public StoredComment edited(Map<String, Object> newBody, Map<String, Object> newVisibility, String editorId, Instant at) {
        return new StoredComment(id, authorId, newBody, created, editorId, at, newVisibility);
    }
}
