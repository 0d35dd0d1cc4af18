package io.github.jiracloud.emulator.api.issue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.render.IssueJson;
import io.github.jiracloud.emulator.data.ChangeHistory;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * {@code GET /rest/api/3/issue/{issueIdOrKey}/changelog}: the issue's history oldest first, in pages of at most 100
 * (the spec's PageBeanChangelog). Edits, transitions and assignments each add an entry.
 *
 * <p>{@code POST /rest/api/3/changelog/bulkfetch}: the histories of up to 1,000 issues, oldest first and by issue id
 * within the same moment, optionally only the items of up to 10 fields ({@code fieldIds}), {@code maxResults}
 * histories a page (default 1000) grouped by issue, then an opaque {@code nextPageToken}. Unknown issues are left
 * out.
 */
public final class ChangelogResource implements Resource {

    private static final int MAX_PAGE = 100;
    /** maxResults of the bulk fetch when none is given, as the spec's default. */
    private static final int BULK_PAGE = 1000;

    @Override
    public void register(Router router) {
        router.get("/rest/api/3/issue/{issueIdOrKey}/changelog", this::page)
                .post("/rest/api/3/changelog/bulkfetch", this::bulkFetch);
    }

    /** One history of one issue. */
    private record Entry(StoredIssue issue, ChangeHistory change) {
    }

    private ApiResponse bulkFetch(Call call) {
        Map<String, Object> body = call.jsonObject();
        List<String> idsOrKeys = BulkFetchResource.strings(body.get("issueIdsOrKeys"));
        Set<String> fieldIds = new LinkedHashSet<>(BulkFetchResource.strings(body.get("fieldIds")));
        int maxResults = body.get("maxResults") instanceof Number number ? number.intValue() : BULK_PAGE;
        String fingerprint = Integer.toHexString(Objects.hash(idsOrKeys, fieldIds, maxResults));
        int offset = offset(body.get("nextPageToken"), fingerprint);

        Map<Long, StoredIssue> issues = new LinkedHashMap<>();
        idsOrKeys.forEach(idOrKey -> call.store().issues().find(idOrKey)
                .ifPresent(issue -> issues.putIfAbsent(issue.id(), issue)));
        List<Entry> entries = issues.values().stream()
                .flatMap(issue -> issue.changelog().stream()
                        .map(change -> new Entry(issue, onlyFields(change, fieldIds))))
                .filter(entry -> !entry.change().items().isEmpty())
                .sorted(Comparator.comparing((Entry entry) -> entry.change().created())
                        .thenComparingLong(entry -> entry.issue().id())
                        .thenComparingLong(entry -> entry.change().id()))
                .toList();
        int end = Math.min(entries.size(), offset + maxResults);
        IssueJson json = Issues.json(call);
        Map<Long, List<Map<String, Object>>> byIssue = new LinkedHashMap<>();
        entries.subList(Math.min(offset, end), end).forEach(entry -> byIssue
                .computeIfAbsent(entry.issue().id(), id -> new ArrayList<>()).add(json.history(entry.change())));

        Map<String, Object> page = new LinkedHashMap<>();
        page.put("issueChangeLogs", byIssue.entrySet().stream()
                .map(issue -> Map.of("issueId", Long.toString(issue.getKey()), "changeHistories", issue.getValue()))
                .toList());
        if (end < entries.size()) {
            page.put("nextPageToken", token(end, fingerprint));
        }
        return ApiResponse.ok(page);
    }

    private static ChangeHistory onlyFields(ChangeHistory change, Set<String> fieldIds) {
        if (fieldIds.isEmpty()) {
            return change;
        }
        return new ChangeHistory(change.id(), change.authorId(), change.created(), change.items().stream()
                .filter(item -> fieldIds.contains(item.fieldId()) || fieldIds.contains(item.field())).toList());
    }

    /** Opaque to clients; tied to the request it continues, so it can't be used for another. */
    private static String token(int offset, String fingerprint) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((offset + ":" + fingerprint).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(Object token, String fingerprint) {
        if (token == null || token.toString().isEmpty()) {
            return 0;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token.toString()), StandardCharsets.UTF_8)
                    .split(":");
            if (parts.length == 2 && parts[1].equals(fingerprint)) {
                return Integer.parseInt(parts[0]);
            }
        } catch (IllegalArgumentException e) {
            // not one of ours: refused below
        }
        throw ApiException.badRequest("The nextPageToken is invalid or belongs to another request.");
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
