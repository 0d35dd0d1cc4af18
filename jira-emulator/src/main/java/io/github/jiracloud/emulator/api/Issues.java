package io.github.jiracloud.emulator.api;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.api.render.IssueJson;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.routing.Call;

/** What the issue resources share: finding the issue a path names, and the JSON renderer for a call. */
public final class Issues {

    public static final String NOT_FOUND = "Issue does not exist or you do not have permission to see it.";

    private Issues() {
    }

    /** The issue named by the {@code issueIdOrKey} path variable; 404 as Jira words it when there is none. */
    public static StoredIssue named(Call call) {
        return call.store().issues().find(call.pathParam("issueIdOrKey"))
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    public static ApiException notFound() {
        return ApiException.notFound(NOT_FOUND);
    }

    public static IssueJson json(Call call) {
        return new IssueJson(call.store(), new EntityJson(call.links()));
    }

    /** Jira's {@code expand} is one comma-separated string. */
    public static Set<String> expand(String expand) {
        if (expand == null || expand.isBlank()) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(expand.split(",")).map(String::trim).filter(value -> !value.isEmpty()).forEach(values::add);
        return values;
    }
}
