package io.github.jiracloud.emulator.api.bulk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.data.SiteCatalog;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.Transition;
import io.github.jiracloud.emulator.data.Workflow;
import io.github.jiracloud.emulator.data.field.FieldDefinition;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * What a bulk change can do to a set of issues ({@code issueIdsOrKeys=a,b,c}, at most 1,000):
 * {@code GET /rest/api/3/bulk/issues/transition} lists, per workflow, the transitions every one of the issues has
 * now (Jira leaves out the others, and sets {@code isTransitionsFiltered}); {@code GET /rest/api/3/bulk/issues/fields}
 * lists the fields a bulk edit can set, with the options to pick from (priorities, issue types, select options, and
 * components and versions when the issues share one project). Lists come in pages of 50 (workflows, fields), with
 * {@code startingAfter} naming where the next page starts and {@code endingBefore} where the previous one ends.
 */
public final class BulkChoicesResource implements Resource {

    private static final int PAGE = 50;
    private static final List<String> MULTI_SELECT = List.of("ADD", "REMOVE", "REPLACE", "REMOVE_ALL");
    /** Fields Jira's bulk edit doesn't offer (the project changes by moving; the sprint by the board). */
    private static final Set<String> NOT_BULK_EDITABLE = Set.of("project", "parent", "customfield_10020");

    @Override
    public void register(Router router) {
        router.get("/rest/api/3/bulk/issues/transition", this::transitions)
                .get("/rest/api/3/bulk/issues/fields", this::fields);
    }

    private ApiResponse transitions(Call call) {
        BulkRequests.checkPermission(call);
        List<StoredIssue> issues = BulkRequests.issuesOfQuery(call);
        Workflow workflow = call.store().catalog().workflow();
        Set<Transition> common = new LinkedHashSet<>(workflow.transitions());
        issues.forEach(issue -> common.retainAll(workflow.availableFrom(String.valueOf(issue.field("status")))));
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("isTransitionsFiltered", common.size() < workflow.transitions().size());
        group.put("issues", issues.stream().map(StoredIssue::key).toList());
        group.put("transitions", common.stream().map(transition -> transition(call.store().catalog(), transition))
                .toList());
        return ApiResponse.ok(page(call, List.of(group), ignored -> "1", "availableTransitions"));
    }

    private static Map<String, Object> transition(SiteCatalog catalog, Transition transition) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("to", Map.of("statusId", Integer.parseInt(transition.toStatusId()), "statusName",
                catalog.status(transition.toStatusId()).name()));
        json.put("transitionId", Integer.parseInt(transition.id()));
        json.put("transitionName", transition.name());
        return json;
    }

    private ApiResponse fields(Call call) {
        BulkRequests.checkPermission(call);
        List<StoredIssue> issues = BulkRequests.issuesOfQuery(call);
        Set<String> projects = new LinkedHashSet<>();
        issues.forEach(issue -> projects.add(issue.projectId()));
        String searchText = call.request().queryParam("searchText").orElse("").toLowerCase(Locale.ROOT);
        List<Map<String, Object>> fields = new ArrayList<>();
        for (FieldDefinition field : call.store().catalog().fields()) {
            if (field.editable() && !NOT_BULK_EDITABLE.contains(field.id())
                    && field.name().toLowerCase(Locale.ROOT).contains(searchText)) {
                fields.add(field(call, field, projects));
            }
        }
        if (fields.isEmpty()) {
            throw BulkRequests.error(404, "No editable fields were found for the selected issues.");
        }
        return ApiResponse.ok(page(call, fields, field -> (String) field.get("id"), "fields"));
    }

    private static Map<String, Object> field(Call call, FieldDefinition field, Set<String> projects) {
        SiteCatalog catalog = call.store().catalog();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", field.id());
        json.put("name", field.name());
        json.put("type", field.custom() ? String.valueOf(field.schema().get("custom")) : field.id());
        json.put("isRequired", "summary".equals(field.id()));
        switch (field.kind()) {
            case PRIORITY -> json.put("fieldOptions", catalog.priorities().stream()
                    .map(priority -> Map.of("id", priority.id(), "priority", priority.name(), "description",
                            priority.description()))
                    .toList());
            case ISSUE_TYPE -> json.put("fieldOptions", catalog.issueTypes().stream()
                    .map(type -> Map.of("id", type.id(), "issueType", type.name(), "description", type.description()))
                    .toList());
            case OPTION -> json.put("fieldOptions", catalog.options(field.id()).stream()
                    .map(option -> Map.of("optionId", Long.parseLong(option.id()), "value", option.value(),
                            "isDisabled", false))
                    .toList());
            case LABELS -> json.put("multiSelectFieldOptions", MULTI_SELECT);
            case PROJECT_ITEMS -> projectItems(call, field, projects, json);
            default -> {
            }
        }
        return json;
    }

    /** Components and versions belong to a project: offered when the issues share one, as Jira's UI does. */
    private static void projectItems(Call call, FieldDefinition field, Set<String> projects,
            Map<String, Object> json) {
        json.put("multiSelectFieldOptions", MULTI_SELECT);
        boolean components = "components".equals(field.id());
        if (projects.size() != 1) {
            json.put("unavailableMessage", "{0}NOTE{1}: The selected issues belong to more than one project.");
            return;
        }
        String projectId = projects.iterator().next();
        List<Map<String, Object>> options = components
                ? call.store().projectItems().components(projectId).stream()
                        .map(component -> Map.<String, Object> of("id", component.id(), "name", component.name()))
                        .toList()
                : call.store().projectItems().versions(projectId).stream()
                        .map(version -> Map.<String, Object> of("id", version.id(), "name", version.name(),
                                "released", version.released()))
                        .toList();
        if (options.isEmpty()) {
            json.put("unavailableMessage", "{0}NOTE{1}: The project of the selected issue(s) does not have any "
                    + (components ? "components." : "versions."));
        } else {
            json.put("fieldOptions", options);
        }
    }

    /** One page of 50 after {@code startingAfter} (or before {@code endingBefore}), each item named by its cursor. */
    private static <T> Map<String, Object> page(Call call, List<T> items, Function<T, String> cursor, String name) {
        List<String> cursors = items.stream().map(cursor).toList();
        int from = call.request().queryParam("startingAfter").map(after -> cursors.indexOf(after) + 1).orElse(0);
        int to = Math.min(items.size(), from + PAGE);
        String before = call.request().queryParam("endingBefore").orElse(null);
        if (before != null && cursors.contains(before)) {
            to = cursors.indexOf(before);
            from = Math.max(0, to - PAGE);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        if (from > 0) {
            page.put("endingBefore", cursors.get(from));
        }
        page.put(name, items.subList(from, to));
        if (to < items.size()) {
            page.put("startingAfter", cursors.get(to - 1));
        }
        return page;
    }
}
