package io.github.jiracloud.emulator.data;

import java.time.Instant;
import java.util.Map;

/**
 * Time logged on an issue.
 *
 * @param comment an Atlassian Document, or null
 * @param visibility {@code {"type":"role"|"group","value":...}} or null
 */
public record StoredWorklog(long id, long issueId, String authorId, String updateAuthorId, Map<String, Object> comment,
        Instant started, long timeSpentSeconds, Instant created, Instant updated,
        Map<String, Object> visibility) {

    public StoredWorklog edited(Map<String, Object> newComment, Instant newStarted, long newSeconds,
            Map<String, Object> newVisibility, String editorId, Instant at) {
        return new StoredWorklog(id, issueId, authorId, editorId, newComment, newStarted, newSeconds, created, at,
                newVisibility);
    }
}
