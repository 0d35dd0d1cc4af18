package io.github.jiracloud.emulator.api.issue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.render.CommentJson;
import io.github.jiracloud.emulator.data.StoredComment;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.edit.CommentEditor;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * Comments of an issue, paged oldest first unless {@code orderBy=-created}; {@code expand=properties} adds each
 * comment's entity properties, which a create or update may set ({@code "properties": [{"key", "value"}]}).
 */
public final class CommentResource implements Resource {

    private static final String COMMENTS = "/rest/api/3/issue/{issueIdOrKey}/comment";
    private static final String COMMENT = COMMENTS + "/{id}";
    private static final int MAX_PAGE = 5000;

    @Override
    public void register(Router router) {
        router.get(COMMENTS, this::list)
                .post(COMMENTS, this::add)
                .get(COMMENT, this::get)
                .put(COMMENT, this::edit)
                .delete(COMMENT, this::delete);
    }

    private ApiResponse list(Call call) {
        StoredIssue issue = Issues.named(call);
        List<StoredComment> comments = new ArrayList<>(issue.comments());
        comments.sort(Comparator.comparing(StoredComment::created).thenComparing(StoredComment::id));
        if (call.request().queryParam("orderBy").filter(order -> order.startsWith("-")).isPresent()) {
            Collections.reverse(comments);
        }
        long startAt = Math.max(0, call.request().queryParam("startAt").map(Long::parseLong).orElse(0L));
        int maxResults = Math.max(0, Math.min(MAX_PAGE, call.queryInt("maxResults", 100)));
        int from = (int) Math.min(startAt, comments.size());
        int to = Math.min(comments.size(), from + maxResults);
        return ApiResponse.ok(json(call).page(issue, comments.subList(from, to), startAt, maxResults, comments.size(),
                renderedBody(call), properties(call)));
    }

    private ApiResponse add(Call call) {
        StoredIssue issue = Issues.named(call);
        StoredComment comment = new CommentEditor(call.store()).add(issue.id(), call.caller(), call.jsonObject())
                .orElseThrow(Issues::notFound);
        return ApiResponse.created(json(call).comment(issue, comment, renderedBody(call), properties(call)));
    }

    private ApiResponse get(Call call) {
        StoredIssue issue = Issues.named(call);
        long id = commentId(call);
        StoredComment comment = issue.comments().stream().filter(candidate -> candidate.id() == id).findFirst()
                .orElseThrow(() -> commentNotFound(call));
        return ApiResponse.ok(json(call).comment(issue, comment, renderedBody(call), properties(call)));
    }

    private ApiResponse edit(Call call) {
        StoredIssue issue = Issues.named(call);
        StoredComment comment = new CommentEditor(call.store())
                .edit(issue.id(), commentId(call), call.caller(), call.jsonObject())
                .orElseThrow(() -> commentNotFound(call));
        return ApiResponse.ok(json(call).comment(issue, comment, renderedBody(call), properties(call)));
    }

    private ApiResponse delete(Call call) {
        StoredIssue issue = Issues.named(call);
        if (!new CommentEditor(call.store()).delete(issue.id(), commentId(call))) {
            throw commentNotFound(call);
        }
        return ApiResponse.noContent();
    }

    private static long commentId(Call call) {
        try {
            return Long.parseLong(call.pathParam("id"));
        } catch (NumberFormatException e) {
            throw commentNotFound(call);
        }
    }

    private static ApiException commentNotFound(Call call) {
        return ApiException.notFound("Can not find a comment for the id: " + call.pathParam("id") + ".");
    }

    private static boolean renderedBody(Call call) {
        return Issues.expand(call.request().queryParam("expand").orElse(null)).contains("renderedBody");
    }

    private static boolean properties(Call call) {
        return Issues.expand(call.request().queryParam("expand").orElse(null)).contains("properties");
    }

    private static CommentJson json(Call call) {
        return Issues.json(call).comments();
    }
}
