package io.github.jiracloud.emulator.api.issue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * Comments of an issue, paged oldest first unless {@code orderBy=-created}, and comments by id across issues
 * ({@code POST /comment/list}). A create or update may set entity properties ({@code "properties": [{"key",
 * "value"}]}); only {@code /comment/list} shows them, with {@code expand=properties}, as the spec documents (the
 * issue's
 * comment endpoints document {@code renderedBody} alone, so they ignore {@code properties}).
 */
public final class CommentResource implements Resource {

    private static final String COMMENTS = "/rest/api/3/issue/{issueIdOrKey}/comment";
    private static final String COMMENT = COMMENTS + "/{id}";
    private static final int MAX_PAGE = 5000;
    /** "Returned if the request contains more than 1000 IDs or is empty" (the spec). */
    private static final int MAX_IDS = 1000;

    @Override
    public void register(Router router) {
        router.get(COMMENTS, this::list)
                .post(COMMENTS, this::add)
                .get(COMMENT, this::get)
                .put(COMMENT, this::edit)
                .delete(COMMENT, this::delete)
                .post("/rest/api/3/comment/list", this::listByIds);
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
                renderedBody(call), false));
    }

    private ApiResponse add(Call call) {
        StoredIssue issue = Issues.named(call);
        StoredComment comment = new CommentEditor(call.store()).add(issue.id(), call.caller(), call.jsonObject())
                .orElseThrow(Issues::notFound);
        return ApiResponse.created(json(call).comment(issue, comment, renderedBody(call), false));
    }

    private ApiResponse get(Call call) {
        StoredIssue issue = Issues.named(call);
        long id = commentId(call);
        StoredComment comment = issue.comments().stream().filter(candidate -> candidate.id() == id).findFirst()
                .orElseThrow(() -> commentNotFound(call));
        return ApiResponse.ok(json(call).comment(issue, comment, renderedBody(call), false));
    }

    private ApiResponse edit(Call call) {
        StoredIssue issue = Issues.named(call);
        StoredComment comment = new CommentEditor(call.store())
                .edit(issue.id(), commentId(call), call.caller(), call.jsonObject())
                .orElseThrow(() -> commentNotFound(call));
        return ApiResponse.ok(json(call).comment(issue, comment, renderedBody(call), false));
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

    /** The comments named by id that exist, in id order, as one page (the emulator never needs a second). */
    private ApiResponse listByIds(Call call) {
        Object given = call.jsonObject().get("ids");
        List<?> ids = given instanceof List<?> list ? list : List.of();
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw ApiException.badRequest("Provide between 1 and " + MAX_IDS + " comment ids.");
        }
        Set<Long> wanted = ids.stream().filter(Number.class::isInstance).map(id -> ((Number) id).longValue())
                .collect(Collectors.toSet());
        CommentJson json = json(call);
        boolean renderedBody = renderedBody(call);
        boolean properties = properties(call);
        List<Map<String, Object>> values = call.store().issues().all()
                .flatMap(issue -> issue.comments().stream().filter(comment -> wanted.contains(comment.id()))
                        .map(comment -> Map.entry(comment.id(),
                                json.comment(issue, comment, renderedBody, properties))))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("isLast", true);
        page.put("maxResults", MAX_IDS);
        page.put("startAt", 0);
        page.put("total", values.size());
        page.put("values", values);
        return ApiResponse.ok(page);
    }

    private static boolean properties(Call call) {
        return Issues.expand(call.request().queryParam("expand").orElse(null)).contains("properties");
    }

    private static CommentJson json(Call call) {
        return Issues.json(call).comments();
    }
}
