package io.github.jiracloud.emulator.api.search;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import io.github.jiracloud.emulator.data.field.FieldDefinition;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiRequest;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.jql.JqlQuery;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * JQL search with {@code nextPageToken} paging ({@code /search/jql}), the approximate count, and the retired
 * {@code /search}, which Jira Cloud answers with 410 Gone since 2025.
 */
public final class SearchResource implements Resource {

    static final String RETIRED = "The requested API has been removed. Please migrate to the "
            + "/rest/api/3/search/jql API."
            + " A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046";
    private static final int DEFAULT_PAGE = 50;
    /** Jira returns up to 5000 issues a page when only ids or keys are asked for, and fewer with fields. */
    private static final int MAX_PAGE_IDS = 5000;
    private static final int MAX_PAGE_FIELDS = 100;

    private final PageTokens pageTokens;

    public SearchResource(Clock clock) {
        this.pageTokens = new PageTokens(clock);
    }

    @Override
    public void register(Router router) {
        router.get("/rest/api/3/search/jql", call -> search(call, SearchRequest.fromQuery(call.request())))
                .post("/rest/api/3/search/jql", call -> search(call, SearchRequest.fromBody(call.jsonObject())))
                .post("/rest/api/3/search/approximate-count", this::count)
                .get("/rest/api/3/search", call -> ApiResponse.error(410, RETIRED))
                .post("/rest/api/3/search", call -> ApiResponse.error(410, RETIRED));
    }

    private ApiResponse search(Call call, SearchRequest request) {
        List<FieldDefinition> catalog = call.store().catalog().fields();
        FieldSelection fields = FieldSelection.parse(request.fields(), FieldSelection.Default.ID,
                FieldSelection.Default.NAVIGABLE, catalog);
        int pageSize = pageSize(request.maxResults(), fields);

        List<Long> ids;
        int offset;
        String token = request.nextPageToken();
        if (token == null || token.isEmpty()) {
            ids = IssueFinder.matchingIds(IssueFinder.compile(request.jql(), call.caller(), call.store()),
                    call.store(), request.reconcileIssues());
            offset = 0;
        } else {
            PageTokens.Position position = pageTokens.resolve(token)
                    .filter(found -> request.jql() == null || Objects.equals(found.snapshot().jql(), request.jql()))
                    .orElseThrow(() -> ApiException.badRequest("The provided next page token is invalid or expired."));
            ids = position.snapshot().issueIds();
            offset = position.offset();
        }

        int end = Math.min(ids.size(), offset + pageSize);
        IssueJson json = Issues.json(call);
        IssueView view = new IssueView(fields, request.expand(), request.properties());
        List<Map<String, Object>> issues = ids.subList(Math.min(offset, end), end).stream()
                .map(id -> call.store().issues().searchable(id, request.reconcileIssues()))
                .flatMap(Optional::stream)
                .map(issue -> fields.idOnly() ? json.idOnly(issue) : json.issue(issue, view))
                .toList();

        Map<String, Object> page = new LinkedHashMap<>();
        page.put("issues", issues);
        if (end < ids.size()) {
            page.put("nextPageToken", token == null || token.isEmpty()
                    ? pageTokens.first(request.jql(), ids, end)
                    : pageTokens.next(token, end));
        }
        page.put("isLast", end >= ids.size());
        if (request.expand().contains("names")) {
            page.put("names",
                    IssueJson.names(catalog.stream().filter(f -> fields.fieldIds().contains(f.id())).toList()));
        }
        return ApiResponse.ok(page);
    }

    private ApiResponse count(Call call) {
        Object jql = call.jsonObject().get("jql");
        JqlQuery query = IssueFinder.compile(jql == null ? null : String.valueOf(jql), call.caller(), call.store());
        return ApiResponse.ok(Map.of("count", IssueFinder.count(query, call.store())));
    }

    private static int pageSize(Integer requested, FieldSelection fields) {
        boolean lean = fields.idOnly() || Set.of("key").containsAll(fields.fieldIds());
        int max = lean ? MAX_PAGE_IDS : MAX_PAGE_FIELDS;
        return Math.max(1, Math.min(max, requested == null ? DEFAULT_PAGE : requested));
    }

    /** The parameters of a search, whether they came as query parameters (GET) or a JSON body (POST). */
    record SearchRequest(String jql, String nextPageToken, Integer maxResults, List<String> fields,
            Set<String> expand, List<String> properties, Set<Long> reconcileIssues) {

        static SearchRequest fromQuery(ApiRequest request) {
            return new SearchRequest(request.queryParam("jql").orElse(null),
                    request.queryParam("nextPageToken").orElse(null),
                    request.queryParam("maxResults").map(SearchRequest::integer).orElse(null),
                    request.queryList("fields"),
                    Issues.expand(request.queryParam("expand").orElse(null)),
                    request.queryList("properties"),
                    ReconcileIssues.fromQuery(request));
        }

        static SearchRequest fromBody(Map<String, Object> body) {
            return new SearchRequest(string(body.get("jql")), string(body.get("nextPageToken")),
                    body.get("maxResults") instanceof Number number ? number.intValue() : null,
                    strings(body.get("fields")),
                    Issues.expand(string(body.get("expand"))),
                    strings(body.get("properties")),
                    ReconcileIssues.fromBody(body.get("reconcileIssues")));
        }

        private static Integer integer(String value) {
            try {
                return Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("The value '" + value + "' of parameter 'maxResults' is not a number.");
            }
        }

        private static String string(Object value) {
            return value == null ? null : String.valueOf(value);
        }

        private static List<String> strings(Object value) {
            if (!(value instanceof List<?> list)) {
                return List.of();
            }
            return list.stream().map(String::valueOf)
                    .flatMap(item -> Arrays.stream(item.split(",")))
                    .map(String::trim).filter(item -> !item.isEmpty()).toList();
        }
    }
}
