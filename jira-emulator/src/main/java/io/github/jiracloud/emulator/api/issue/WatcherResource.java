package io.github.jiracloud.emulator.api.issue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.User;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/** The watchers of an issue. Adding takes the account id as a bare JSON string, as in Jira. */
public final class WatcherResource implements Resource {

    private static final String WATCHERS = "/rest/api/3/issue/{issueIdOrKey}/watchers";

    @Override
    public void register(Router router) {
        router.get(WATCHERS, this::list)
                .post(WATCHERS, this::add)
                .delete(WATCHERS, this::remove);
    }

    private ApiResponse list(Call call) {
        StoredIssue issue = Issues.named(call);
        List<String> accountIds = call.store().watchers().of(issue.id());
        EntityJson entities = new EntityJson(call.links());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", call.links().api("/issue/" + issue.key() + "/watchers"));
        json.put("isWatching", accountIds.contains(call.caller().accountId()));
        json.put("watchCount", accountIds.size());
        json.put("watchers", accountIds.stream().map(id -> call.store().catalog().user(id).orElse(null))
                .filter(Objects::nonNull).map(entities::user).toList());
        return ApiResponse.ok(json);
    }

    private ApiResponse add(Call call) {
        StoredIssue issue = Issues.named(call);
        if (!(call.json() instanceof String accountId)) {
            throw ApiException.badRequest("The request body must be the account id of the user, as a JSON string.");
        }
        call.store().watchers().add(issue.id(), user(call, accountId).accountId());
        return ApiResponse.noContent();
    }

    private ApiResponse remove(Call call) {
        StoredIssue issue = Issues.named(call);
        String accountId = call.request().queryParam("accountId").filter(id -> !id.isBlank())
                .orElseThrow(() -> ApiException.badRequest("The accountId query parameter is required."));
        call.store().watchers().remove(issue.id(), user(call, accountId).accountId());
        return ApiResponse.noContent();
    }

    private static User user(Call call, String accountId) {
        return call.store().catalog().user(accountId).orElseThrow(() -> ApiException.notFound(
                "The user with account id '" + accountId + "' does not exist."));
    }
}
