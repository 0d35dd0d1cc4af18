package io.github.jiracloud.emulator.api.agile;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.PageWindow;
import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.api.render.FieldSelection;
import io.github.jiracloud.emulator.api.render.IssueJson;
import io.github.jiracloud.emulator.api.render.IssueView;
import io.github.jiracloud.emulator.api.search.ReconcileIssues;
import io.github.jiracloud.emulator.data.Sprint;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.edit.SprintIssues;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.http.Links;
import io.github.jiracloud.emulator.jql.Jql;
import io.github.jiracloud.emulator.jql.JqlContext;
import io.github.jiracloud.emulator.jql.JqlException;
import io.github.jiracloud.emulator.jql.JqlQuery;
import io.github.jiracloud.emulator.routing.Call;

/**
 * The issue lists of the Agile API (a board's issues, its backlog, a sprint's issues): the issues in scope, narrowed
 * by the optional {@code jql}, in rank order unless the JQL orders them, one {@code startAt} page at a time. Jira
 * answers them from its search index (a board is a saved JQL filter), so they lag behind writes as search does.
 */
final class AgileIssues {

    /** JQL looks at values, never at links, so search views use relative ones and can be shared by every caller. */
    private static final Links VIEW_LINKS = new Links("");
    /** Agile lists come in rank order; JQL's own default (newest first) applies only when the query orders. */
    private static final Pattern ORDER_BY = Pattern.compile("(?i)\\border\\s+by\\b");
    /** The emulator ranks issues by creation, as a new board does. */
    private static final Comparator<StoredIssue> RANK = Comparator.comparingLong(StoredIssue::id);

    private AgileIssues() {
    }

    static ApiResponse page(Call call, Predicate<StoredIssue> scope) {
        PageWindow window = AgileJson.window(call);
        List<StoredIssue> matching = matching(call, scope, Set.of());
        FieldSelection fields = FieldSelection.parse(call.request().queryList("fields"),
                FieldSelection.Default.NAVIGABLE, FieldSelection.Default.NAVIGABLE, call.store().catalog().fields());
        IssueView view = new IssueView(fields, Issues.expand(call.request().queryParam("expand").orElse(null)),
                List.of());
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("expand", "schema,names");
        page.put("startAt", window.startAt());
        page.put("maxResults", window.maxResults());
        page.put("total", matching.size());
        page.put("issues", render(call, view, window.slice(matching)));
        return ApiResponse.ok(page);
    }

    /**
     * A page of Jira Software's enhanced ({@code /rest/software/1.0}) lists: token paging ({@code nextPageToken},
     * {@code maxResults}, {@code isLast}; the token is the offset of the next page, opaque to clients) and
     * {@code reconcileIssues} for read-after-write, as {@code /search/jql} has them. No {@code total}.
     */
    static ApiResponse tokenPage(Call call, Predicate<StoredIssue> scope) {
        int pageSize = Math.max(1, Math.min(AgileJson.MAX_PAGE, call.queryInt("maxResults", AgileJson.MAX_PAGE)));
        int offset = call.request().queryParam("nextPageToken").filter(token -> !token.isEmpty())
                .map(AgileIssues::offset).orElse(0);
        List<StoredIssue> matching = matching(call, scope, ReconcileIssues.fromQuery(call.request()));
        int end = Math.min(matching.size(), offset + pageSize);
        FieldSelection fields = FieldSelection.parse(call.request().queryList("fields"),
                FieldSelection.Default.NAVIGABLE, FieldSelection.Default.NAVIGABLE, call.store().catalog().fields());
        IssueView view = new IssueView(fields, Issues.expand(call.request().queryParam("expand").orElse(null)),
                List.of());
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("expand", "schema,names");
        page.put("issues", render(call, view, matching.subList(Math.min(offset, end), end)));
        if (end < matching.size()) {
            page.put("nextPageToken", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(Integer.toString(end).getBytes(StandardCharsets.UTF_8)));
        }
        page.put("isLast", end >= matching.size());
        return ApiResponse.ok(page);
    }

    /** {@code .../approximate-count}: {@code {"count": n}}, lagging as search does, with no reconciliation. */
    static ApiResponse approximateCount(Call call, Predicate<StoredIssue> scope) {
        return ApiResponse.ok(Map.of("count", matching(call, scope, Set.of()).size()));
    }

    private static int offset(String token) {
        try {
            return Integer.parseInt(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The provided next page token is invalid or expired.");
        }
    }

    private static List<Map<String, Object>> render(Call call, IssueView view, List<StoredIssue> issues) {
        IssueJson json = Issues.json(call);
        AgileJson agile = new AgileJson(call.links());
        boolean agileFields = call.request().queryList("fields").isEmpty();
        return issues.stream()
                .map(issue -> agileFields
                        ? withAgileFields(json.issue(issue, view), issue, call, agile)
                        : json.issue(issue, view))
                .toList();
    }

    private static List<StoredIssue> matching(Call call, Predicate<StoredIssue> scope, Set<Long> reconciled) {
        String jql = call.request().queryParam("jql").filter(text -> !text.isBlank()).orElse(null);
        if (jql == null) {
            return call.store().issues().searchable(reconciled).filter(scope).sorted(RANK).toList();
        }
        JqlQuery query = compile(jql, call);
        IssueJson renderer = new IssueJson(call.store(), new EntityJson(VIEW_LINKS));
        Comparator<Map<String, Object>> order = ORDER_BY.matcher(jql).find() ? query.ordering() : null;
        return call.store().issues().searchable(reconciled).filter(scope)
                .map(issue -> Map.entry(issue, issue.searchView(renderer::searchView)))
                .filter(entry -> query.matches(entry.getValue(), entry.getKey().properties()))
                .sorted(order == null ? Map.Entry.comparingByKey(RANK) : Map.Entry.comparingByValue(order))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Unlike {@code /search/jql}, the board already bounds the query, so an empty or unrestricted one is fine. */
    private static JqlQuery compile(String jql, Call call) {
        try {
            return Jql.parse(jql, new JqlContext(call.caller().accountId(), call.store().clock(),
                    call.store().catalog().customFieldIdsByName()));
        } catch (JqlException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** The Agile fields Jira adds when no fields are named: the open sprint, the closed ones, and the flag. */
    private static Map<String, Object> withAgileFields(Map<String, Object> json, StoredIssue issue, Call call,
            AgileJson agile) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) json.get("fields");
        List<Sprint> sprints = new SprintIssues(call.store()).sprintsOf(issue);
        fields.put("sprint", sprints.stream().filter(Sprint::isOpen).findFirst().map(agile::sprint).orElse(null));
        fields.put("closedSprints", sprints.stream().filter(sprint -> !sprint.isOpen()).map(agile::sprint).toList());
        fields.put("flagged", false);
        return json;
    }
}
