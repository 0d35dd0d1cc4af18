package io.github.jiracloud.emulator.api.project;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.PageWindow;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.api.render.ProjectItemJson;
import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.data.SiteCatalog;
import io.github.jiracloud.emulator.http.ApiRequest;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/** Projects: the paged search and a single project with its components and versions. */
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
        Set<String> expand = Issues.expand(request.queryParam("expand").orElse(null));
        return ApiResponse.ok(PageWindow.of(call, 50, 100).pageBean(call, "/project/search", matching,
                project -> project(call, project, expand)));
    }

    private ApiResponse get(Call call) {
        Project project = Projects.named(call);
        Set<String> all = Set.of("description", "lead", "issueTypes", "url", "insight");
        Map<String, Object> json = project(call, project, all);
        ProjectItemJson items = new ProjectItemJson(call.store().catalog(), new EntityJson(call.links()));
        LocalDate today = LocalDate.ofInstant(call.store().now(), ZoneOffset.UTC);
        json.put("components", call.store().projectItems().components(project.id()).stream()
                .map(component -> items.component(component, project)).toList());
        json.put("versions", call.store().projectItems().versions(project.id()).stream()
                .map(version -> items.version(version, today)).toList());
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
