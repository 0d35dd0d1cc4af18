package io.github.jiracloud.emulator.data.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.StoredComment;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.User;

/** Adds, edits and deletes comments; a comment touches its issue's {@code updated} time, as in Jira. */
public final class CommentEditor {

    private final JiraStore store;

    public CommentEditor(JiraStore store) {
        this.store = store;
    }

    /** @return the new comment, or empty if the issue doesn't exist */
    public Optional<StoredComment> add(long issueId, User author, Map<String, Object> request) {
        StoredComment[] added = new StoredComment[1];
        Optional<StoredIssue> issue = store.issues().update(issueId, current -> {
            Instant now = store.now();
            added[0] = newComment(author, request, now);
            return withComment(current, added[0], now);
        });
        return issue.map(ignored -> added[0]);
    }

    /** @return the edited comment, or empty if the issue or comment doesn't exist */
    public Optional<StoredComment> edit(long issueId, long commentId, User editor, Map<String, Object> request) {
        Map<String, Object> body = body(request);
        StoredComment[] edited = new StoredComment[1];
        store.issues().update(issueId, current -> {
            List<StoredComment> comments = new ArrayList<>(current.comments());
            for (int i = 0; i < comments.size(); i++) {
                StoredComment comment = comments.get(i);
                if (comment.id() == commentId) {
                    Map<String, Object> visibility = request.containsKey("visibility")
                            ? visibility(request)
                            : comment.visibility();
                    Map<String, Object> properties = new LinkedHashMap<>(comment.properties());
                    properties.putAll(properties(request));
                    edited[0] = comment.edited(body, visibility, properties, editor.accountId(), store.now());
                    comments.set(i, edited[0]);
                    return current.withComments(comments);
                }
            }
            return current;
        });
        return Optional.ofNullable(edited[0]);
    }

    /** @return whether the comment existed */
    public boolean delete(long issueId, long commentId) {
        boolean[] removed = new boolean[1];
        store.issues().update(issueId, current -> {
            List<StoredComment> comments = new ArrayList<>(current.comments());
            removed[0] = comments.removeIf(comment -> comment.id() == commentId);
            return removed[0] ? current.withComments(comments) : current;
        });
        return removed[0];
    }

    /**
     * A comment from a request body such as {@code {"body": <ADF>, "visibility": {...}, "properties": [...]}};
     * throws on a bad body.
     */
    StoredComment newComment(User author, Map<String, Object> request, Instant now) {
        Map<String, Object> body = body(request);
        Map<String, Object> properties = properties(request);
        return new StoredComment(store.issues().nextCommentId(), author.accountId(), body, now,
                author.accountId(), now, visibility(request), properties);
    }

    /** The {@code properties} of a comment request, the same {@code [{"key", "value"}]} as an issue's. */
    private static Map<String, Object> properties(Map<String, Object> request) {
        FieldErrors.Collector errors = new FieldErrors.Collector();
        Map<String, Object> properties = IssueProperties.read(request.get("properties"), errors);
        errors.throwIfAny();
        return properties;
    }

    static StoredIssue withComment(StoredIssue issue, StoredComment comment, Instant now) {
        List<StoredComment> comments = new ArrayList<>(issue.comments());
        comments.add(comment);
        return issue.withComments(comments).withField("updated", now);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Map<String, Object> request) {
        Object body = request.get("body");
        if (body == null || (body instanceof String text && text.isBlank())) {
            throw FieldErrors.of("comment", "Comment body can not be empty!");
        }
        Optional<String> problem = Adf.problem(body);
        if (problem.isPresent()) {
            throw FieldErrors.of("comment", problem.get());
        }
        return (Map<String, Object>) body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> visibility(Map<String, Object> request) {
        return request.get("visibility") instanceof Map<?, ?> visibility ? (Map<String, Object>) visibility : null;
    }
}
