package io.github.jiracloud.emulator.api.issue;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.render.FieldSelection;
import io.github.jiracloud.emulator.api.render.IssueJson;
import io.github.jiracloud.emulator.api.render.IssueView;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * {@code POST /rest/api/3/issue/bulkfetch}: up to 100 issues by id or key (any case, moved issues by their old key, no
 * redirect), in ascending id order, with navigable fields unless told otherwise. Issues that don't exist are left out,
 * not listed in {@code issueErrors}, as the spec says; the emulator never has a retriable per-issue error, so
 * {@code issueErrors} is always empty.
 */
public final class BulkFetchResource implements Resource {

    /** "You can request up to 100 issues." */
    static final int MAX_ISSUES = 100;

    @Override
    public void register(Router router) {
        router.post("/rest/api/3/issue/bulkfetch", this::fetch);
    }

    private ApiResponse fetch(Call call) {
        Map<String, Object> body = call.jsonObject();
        List<String> idsOrKeys = strings(body.get("issueIdsOrKeys"));
        if (idsOrKeys.isEmpty()) {
            throw ApiException.badRequest("issueIdsOrKeys must name at least one issue.");
        }
        if (idsOrKeys.size() > MAX_ISSUES) {
            throw ApiException.badRequest("You can request at most " + MAX_ISSUES + " issues; the request has "
                    + idsOrKeys.size() + ".");
        }
        FieldSelection fields = FieldSelection.parse(strings(body.get("fields")), FieldSelection.Default.NAVIGABLE,
                FieldSelection.Default.NAVIGABLE, call.store().catalog().fields());
        Set<String> expand = new LinkedHashSet<>(strings(body.get("expand")));
        IssueView view = new IssueView(fields, expand, strings(body.get("properties")));
        IssueJson json = Issues.json(call);
        List<Map<String, Object>> issues = idsOrKeys.stream()
                .map(idOrKey -> call.store().issues().find(idOrKey))
                .flatMap(Optional::stream)
                .filter(distinctIds())
                .sorted(Comparator.comparingLong(StoredIssue::id))
                .map(issue -> json.issue(issue, view))
                .toList();
        Map<String, Object> result = new LinkedHashMap<>();
        if (!expand.isEmpty()) {
            result.put("expand", String.join(",", expand));
        }
        result.put("issues", issues);
        result.put("issueErrors", List.of());
        return ApiResponse.ok(result);
    }

    /** An issue named twice (say by key and by id) comes back once. */
    private static java.util.function.Predicate<StoredIssue> distinctIds() {
        Set<Long> seen = new java.util.HashSet<>();
        return issue -> seen.add(issue.id());
    }

    static List<String> strings(Object value) {
        return value instanceof List<?> list
                ? list.stream().filter(Objects::nonNull).map(String::valueOf).toList()
                : List.of();
    }
}
