package io.github.jiracloud.emulator.api.bulk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.data.IssueType;
import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.bulk.BulkWork;
import io.github.jiracloud.emulator.data.edit.IssueMover;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

import static io.github.jiracloud.emulator.api.bulk.BulkRequests.error;
import static io.github.jiracloud.emulator.api.bulk.BulkRequests.list;
import static io.github.jiracloud.emulator.api.bulk.BulkRequests.map;

/**
 * {@code POST /rest/api/3/bulk/issues/move}: {@code targetToSourcesMapping} maps a target
 * {@code "<project id or key>,<issue type id>[,<parent id or key>]"} to the issues to move there. Every project here
 * shares one workflow and one field configuration, so statuses and mandatory fields never need mapping: the
 * {@code infer...} flags and {@code targetStatus}/{@code targetMandatoryFields} are accepted and change nothing.
 */
public final class BulkMoveResource implements Resource {

    /** One target and the issues to move to it. */
    private record Target(Project project, IssueType type, Long parentId, List<StoredIssue> issues) {
    }

    @Override
    public void register(Router router) {
        router.post("/rest/api/3/bulk/issues/move", this::move);
    }

    private ApiResponse move(Call call) {
        BulkRequests.checkPermission(call);
        Map<String, Object> mappings = map(call.jsonObject().get("targetToSourcesMapping"));
        if (mappings.isEmpty()) {
            throw error(400, "targetToSourcesMapping must name at least one target.");
        }
        List<Target> targets = new ArrayList<>();
        mappings.forEach((key, mapping) -> targets.add(target(call, key, map(mapping))));
        Map<Long, Target> byIssue = new LinkedHashMap<>();
        targets.forEach(target -> target.issues().forEach(issue -> byIssue.putIfAbsent(issue.id(), target)));
        BulkRequests.checkSize(byIssue.size());
        IssueMover mover = new IssueMover(call.store());
        List<StoredIssue> issues = byIssue.keySet().stream()
                .map(id -> call.store().issues().find(id).orElseThrow()).toList();
        return BulkSubmitResource.submit(call, issues, issueId -> {
            Target target = byIssue.get(issueId);
            return BulkSubmitResource.refusals(() -> mover.move(issueId, target.project(), target.type(),
                    target.parentId(), call.caller()).orElseThrow(BulkWork.IssueGone::new));
        });
    }

    private static Target target(Call call, String key, Map<String, Object> mapping) {
        String[] parts = key.split(",", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
            throw error(400, "The target '" + key + "' must read <project id or key>,<issue type id>[,<parent id or "
                    + "key>].");
        }
        Project project = call.store().catalog().project(parts[0].strip())
                .orElseThrow(() -> error(400, "The target project '" + parts[0] + "' does not exist."));
        IssueType type = call.store().catalog().issueType(parts[1].strip())
                .orElseThrow(() -> error(400, "The target issue type '" + parts[1] + "' does not exist."));
        Long parentId = null;
        if (parts.length == 3 && !parts[2].isBlank()) {
            parentId = call.store().issues().find(parts[2].strip()).map(StoredIssue::id)
                    .orElseThrow(() -> error(400, "The target parent '" + parts[2] + "' does not exist."));
        }
        if (type.subtask() && parentId == null) {
            throw error(400, "The target '" + key + "' is a sub-task type, so it must name a parent.");
        }
        List<StoredIssue> issues = BulkRequests.issues(call, list(mapping.get("issueIdsOrKeys")));
        return new Target(project, type, parentId, issues);
    }
}
