package io.github.jiracloud.emulator.api.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.JiraTime;
import io.github.jiracloud.emulator.data.StoredComment;
import io.github.jiracloud.emulator.data.StoredIssue;

/** The spec's Comment and PageOfComments. */
public final class CommentJson {

    private final JiraStore store;
    private final EntityJson entities;

    public CommentJson(JiraStore store, EntityJson entities) {
        this.store = store;
        this.entities = entities;
    }

    public Map<String, Object> comment(StoredIssue issue, StoredComment comment, boolean renderedBody) {
        return comment(issue, comment, renderedBody, false);
    }

    /**
     * @param properties whether to include the comment's entity properties ({@code expand=properties} on
     *     {@code /comment/list}); left out when it has none
     */
    public Map<String, Object> comment(StoredIssue issue, StoredComment comment, boolean renderedBody,
            boolean properties) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", entities.links().comment(issue.idText(), comment.id()));
        json.put("id", Long.toString(comment.id()));
        json.put("author", user(comment.authorId()));
        json.put("body", comment.body());
        if (renderedBody) {
            json.put("renderedBody", AdfHtml.render(comment.body()));
        }
        json.put("updateAuthor", user(comment.updateAuthorId()));
        json.put("created", JiraTime.format(comment.created()));
        json.put("updated", JiraTime.format(comment.updated()));
        if (comment.visibility() != null) {
            json.put("visibility", comment.visibility());
        }
        json.put("jsdPublic", true);
        // Assumed: like other empty parts of Jira's answers, a comment without properties has no "properties" at all.
        if (properties && !comment.properties().isEmpty()) {
            json.put("properties", comment.properties().entrySet().stream()
                    .map(property -> Map.of("key", property.getKey(), "value", property.getValue())).toList());
        }
        return json;
    }

    /** A page of comments; {@code comments} is the already chosen slice. */
    public Map<String, Object> page(StoredIssue issue, List<StoredComment> comments, long startAt, int maxResults,
            int total, boolean renderedBody, boolean properties) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("comments", comments.stream()
                .map(comment -> comment(issue, comment, renderedBody, properties)).toList());
        json.put("self", entities.links().issue(issue.idText()) + "/comment");
        json.put("maxResults", maxResults);
        json.put("total", total);
        json.put("startAt", startAt);
        return json;
    }

    private Map<String, Object> user(String accountId) {
        return store.catalog().user(accountId).map(entities::user).orElse(null);
    }
}
