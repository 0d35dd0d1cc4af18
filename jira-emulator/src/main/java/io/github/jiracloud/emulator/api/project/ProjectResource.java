package io.github.jiracloud.emulator.api.project;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.data.SiteCatalog;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiRequest;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Projects: the paged search and a single project. */
public final class ProjectResource implements Resource {

    private static final String EXPANDABLE = "description,lead,issueTypes,url,projectKeys,permissions,insight";

    @Override
    public void register(Router router) {
        router.get("/rest/api/3/project/search", this::search)
                .get("/rest/api/3/project/{projectIdOrKey}", this::get);
    }

    private ApiResponse search(Call call) {
        ApiRequest request = call.request();
        List<Project> matching = call.store().catalog().projects().stream()
                .filter(filter(request))
                .sorted(order(request.queryParam("orderBy").orElse("key")))
                .toList();
        long startAt = Math.max(0, request.queryParam("startAt").map(Long::parseLong).orElse(0L));
        int maxResults = Math.max(1, Math.min(100, call.queryInt("maxResults", 50)));
        int from = (int) Math.min(startAt, matching.size());
        int to = Math.min(matching.size(), from + maxResults);
        Set<String> expand = Issues.expand(request.queryParam("expand").orElse(null));
        String self = call.links().api("/project/search");

        Map<String, Object> page = new LinkedHashMap<>();
        page.put("self", self + "?startAt=" + startAt + "&maxResults=" + maxResults);
        if (to < matching.size()) {
            page.put("nextPage", self + "?startAt=" + to + "&maxResults=" + maxResults);
        }
        page.put("maxResults", maxResults);
        page.put("startAt", startAt);
        page.put("total", matching.size());
        page.put("isLast", to >= matching.size());
        page.put("values", matching.subList(from, to).stream().map(project -> project(call, project, expand)).toList());
        return ApiResponse.ok(page);
    }

    private ApiResponse get(Call call) {
        String idOrKey = call.pathParam("projectIdOrKey");
        Project project = call.store().catalog().project(idOrKey).orElseThrow(() -> ApiException.notFound(
                "No project could be found with " + (idOrKey.chars().allMatch(Character::isDigit) ? "id" : "key")
                        + " '" + idOrKey + "'."));
        Set<String> all = Set.of("description", "lead", "issueTypes", "url", "insight");
        Map<String, Object> json = project(call, project, all);
        json.put("components", List.of());
        json.put("versions", List.of());
        json.put("assigneeType", "UNASSIGNED");
        json.put("roles", Map.of());
        return ApiResponse.ok(json);
    }

    private static Map<String, Object> project(Call call, Project project, Set<String> expand) {
        EntityJson entities = new EntityJson(call.links());
        SiteCatalog catalog = call.store().catalog();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("expand", EXPANDABLE);
        json.putAll(entities.projectSummary(project));
        json.put("style", "classic");
        json.put("isPrivate", false);
        json.put("properties", Map.of());
        if (expand.contains("description")) {
            json.put("description", project.description());
        }
        if (expand.contains("lead")) {
            catalog.user(project.leadAccountId()).ifPresent(lead -> json.put("lead", entities.user(lead)));
        }
        if (expand.contains("issueTypes")) {
            json.put("issueTypes", catalog.issueTypes().stream().map(entities::issueType).toList());
        }
        if (expand.contains("url")) {
            json.put("url", call.links().root() + "/browse/" + project.key());
        }
        if (expand.contains("insight")) {
            long count = call.store().issues().all().filter(issue -> issue.projectId().equals(project.id())).count();
            json.put("insight", Map.of("totalIssueCount", count));
        }
        return json;
    }

    private static Predicate<Project> filter(ApiRequest request) {
        List<String> keys = request.queryList("keys");
        List<String> ids = request.queryList("id");
        String query = request.queryParam("query").map(text -> text.toLowerCase(Locale.ROOT)).orElse(null);
        return project -> (keys.isEmpty() || keys.stream().anyMatch(key -> key.equalsIgnoreCase(project.key())))
                && (ids.isEmpty() || ids.contains(project.id()))
                && (query == null || project.key().toLowerCase(Locale.ROOT).contains(query)
                || project.name().toLowerCase(Locale.ROOT).contains(query));
    }

    private static Comparator<Project> order(String orderBy) {
        boolean descending = orderBy.startsWith("-");
        String field = orderBy.replaceFirst("^[+-]", "");
        Comparator<Project> order = "name".equals(field)
                ? Comparator.comparing(project -> project.name().toLowerCase(Locale.ROOT))
                : Comparator.comparing(Project::key);
        return descending ? order.reversed() : order;
    }
}
