package io.github.jiracloud.emulator.api.bulk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.edit.FieldErrors;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;

/**
 * What the bulk operations share: the global "Make bulk changes" permission, Jira's limit of 1,000 issues an operation,
 * the issues a request names, and the spec's error body for this API group, {@code {"errors":[{"message"}]}}.
 */
final class BulkRequests {

    /** "You can ... up to 1,000 issues in a single operation." */
    static final int MAX_ISSUES = 1000;
    static final String INVALID_ISSUES = "Some of the issues in the issueIdsOrKeys are not valid";

    private BulkRequests() {
    }

    /** The spec's BulkOperationErrorResponse. */
    static ApiException error(int status, String message) {
        return new ApiException(ApiResponse.json(status, Map.of("errors", List.of(Map.of("message", message)))));
    }

    /** 403 unless the caller holds the global bulk change permission. */
    static void checkPermission(Call call) {
        if (!call.store().globalPermissions().mayBulkChange(call.caller().accountId())) {
            throw error(403, "You don't have the global permission to make bulk changes (Make bulk changes).");
        }
    }

    /**
     * The issues a request names (ids or keys, any case; moved issues by their old key), each once, in request order.
     *
     * @throws ApiException 400 when one is unknown, or more than 1,000 are named
     */
    static List<StoredIssue> issues(Call call, List<?> idsOrKeys) {
        if (idsOrKeys.isEmpty()) {
            throw error(400, "At least one issue must be selected.");
        }
        Set<Long> seen = new LinkedHashSet<>();
        List<StoredIssue> issues = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Object idOrKey : idsOrKeys) {
            String text = String.valueOf(idOrKey).strip();
            call.store().issues().find(text).ifPresentOrElse(issue -> {
                if (seen.add(issue.id())) {
                    issues.add(issue);
                }
            }, () -> unknown.add(text));
        }
        if (!unknown.isEmpty()) {
            throw error(400, INVALID_ISSUES + ": " + String.join(", ", unknown));
        }
        checkSize(issues.size());
        return issues;
    }

    static void checkSize(int issues) {
        if (issues > MAX_ISSUES) {
            throw error(400, "A bulk operation takes at most " + MAX_ISSUES + " issues; this one has " + issues
                    + ".");
        }
    }

    /** The ids in {@code issueIdsOrKeys=a,b,c}, as the GET operations take them. */
    static List<StoredIssue> issuesOfQuery(Call call) {
        String value = call.request().queryParam("issueIdsOrKeys").orElse("");
        List<String> idsOrKeys = java.util.Arrays.stream(value.split(",")).map(String::strip)
                .filter(text -> !text.isEmpty()).toList();
        return issues(call, idsOrKeys);
    }

    /** Jira's reasons for a refused change to one issue: its messages, then each field's. */
    static List<String> reasons(FieldErrors e) {
        List<String> reasons = new ArrayList<>(e.messages());
        e.errors().forEach((field, message) -> reasons.add(field + ": " + message));
        return reasons.isEmpty() ? List.of("The change was refused.") : reasons;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
