package io.github.jiracloud.emulator.api.issue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.edit.IssueTransitioner;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/** The transitions available to an issue, and performing one. */
public final class TransitionResource implements Resource {

    private static final String TRANSITIONS = "/rest/api/3/issue/{issueIdOrKey}/transitions";

    @Override
    public void register(Router router) {
        router.get(TRANSITIONS, this::list).post(TRANSITIONS, this::perform);
    }

    private ApiResponse list(Call call) {
        StoredIssue issue = Issues.named(call);
        List<Map<String, Object>> transitions = Issues.json(call).transitions(issue);
        String only = call.request().queryParam("transitionId").orElse(null);
        if (only != null) {
            transitions = transitions.stream().filter(transition -> only.equals(transition.get("id"))).toList();
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("expand", "transitions");
        json.put("transitions", transitions);
        return ApiResponse.ok(json);
    }

    private ApiResponse perform(Call call) {
        StoredIssue issue = Issues.named(call);
        new IssueTransitioner(call.store()).transition(issue.id(), call.caller(), call.jsonObject())
                .orElseThrow(Issues::notFound);
        return ApiResponse.noContent();
    }
}
