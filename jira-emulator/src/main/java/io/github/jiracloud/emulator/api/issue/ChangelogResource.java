package io.github.jiracloud.emulator.api.issue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.render.IssueJson;
import io.github.jiracloud.emulator.data.ChangeHistory;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * {@code GET /rest/api/3/issue/{issueIdOrKey}/changelog}: the issue's history oldest first, in pages of at most 100
 * (the spec's PageBeanChangelog). Edits, transitions and assignments each add an entry.
 */
public final class ChangelogResource implements Resource {

    private static final int MAX_PAGE = 100;

    @Override
    public void register(Router router) {
        router.get("/rest/api/3/issue/{issueIdOrKey}/changelog", this::page);
    }

    private ApiResponse page(Call call) {
        StoredIssue issue = Issues.named(call);
        List<ChangeHistory> history = issue.changelog();
        int startAt = Math.max(0, call.queryInt("startAt", 0));
        int maxResults = Math.max(1, Math.min(MAX_PAGE, call.queryInt("maxResults", MAX_PAGE)));
        int from = Math.min(startAt, history.size());
        int to = Math.min(history.size(), from + maxResults);
        IssueJson json = Issues.json(call);
        String self = call.links().issue(issue.key()) + "/changelog";

        Map<String, Object> page = new LinkedHashMap<>();
        page.put("self", self + "?startAt=" + startAt + "&maxResults=" + maxResults);
        if (to < history.size()) {
            page.put("nextPage", self + "?startAt=" + to + "&maxResults=" + maxResults);
        }
        page.put("maxResults", maxResults);
        page.put("startAt", startAt);
        page.put("total", history.size());
        page.put("isLast", to >= history.size());
        page.put("values", history.subList(from, to).stream().map(json::history).toList());
        return ApiResponse.ok(page);
    }
}
