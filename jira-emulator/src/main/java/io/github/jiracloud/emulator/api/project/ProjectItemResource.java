package io.github.jiracloud.emulator.api.project;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.github.jiracloud.emulator.api.PageWindow;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.api.render.ProjectItemJson;
import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.data.ProjectComponent;
import io.github.jiracloud.emulator.data.ProjectVersion;
import io.github.jiracloud.emulator.http.ApiRequest;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * Components and versions of a project, each both as the plain full list ({@code /components}, {@code /versions})
 * and as the paged, filterable variant ({@code /component}, {@code /version}).
 */
public final class ProjectItemResource implements Resource {

    private static final String PROJECT = "/rest/api/3/project/{projectIdOrKey}";

    @Override
    public void register(Router router) {
        router.get(PROJECT + "/components", this::allComponents)
                .get(PROJECT + "/component", this::componentPage)
                .get(PROJECT + "/versions", this::allVersions)
                .get(PROJECT + "/version", this::versionPage);
    }

    private ApiResponse allComponents(Call call) {
        Project project = Projects.named(call);
        return ApiResponse.ok(call.store().projectItems().components(project.id()).stream()
                .map(component -> json(call).component(component, project)).toList());
    }

    private ApiResponse componentPage(Call call) {
        Project project = Projects.named(call);
        ApiRequest request = call.request();
        List<ProjectComponent> matching = call.store().projectItems().components(project.id()).stream()
                .filter(component -> matches(request, component.name(), component.description()))
                .sorted(order(request.queryParam("orderBy").orElse("name"), Map.of(
                        "name", component -> component.name().toLowerCase(Locale.ROOT),
                        "description", component -> component.description().toLowerCase(Locale.ROOT))))
                .toList();
        return ApiResponse.ok(PageWindow.of(call, 50, 100).pageBean(call, "/project/" + project.key() + "/component",
                matching, component -> json(call).componentWithIssueCount(component, project,
                        issueCount(call, "components", component.id()))));
    }

    private ApiResponse allVersions(Call call) {
        Project project = Projects.named(call);
        LocalDate today = today(call);
        return ApiResponse.ok(call.store().projectItems().versions(project.id()).stream()
                .map(version -> json(call).version(version, today)).toList());
    }

    private ApiResponse versionPage(Call call) {
        Project project = Projects.named(call);
        ApiRequest request = call.request();
        List<String> statuses = request.queryList("status");
        LocalDate today = today(call);
        List<ProjectVersion> all = call.store().projectItems().versions(project.id());
        List<ProjectVersion> matching = all.stream()
                .filter(version -> matches(request, version.name(), version.description()))
                .filter(version -> statuses.isEmpty() || statuses.contains(status(version)))
                .sorted(order(request.queryParam("orderBy").orElse("sequence"), Map.of(
                        "sequence", version -> String.format("%09d", all.indexOf(version)),
                        "name", version -> version.name().toLowerCase(Locale.ROOT),
                        "description", version -> version.description().toLowerCase(Locale.ROOT),
                        "releaseDate", version -> String.valueOf(version.releaseDate()),
                        "startDate", version -> String.valueOf(version.startDate()))))
                .toList();
        return ApiResponse.ok(PageWindow.of(call, 50, 100).pageBean(call, "/project/" + project.key() + "/version",
                matching, version -> json(call).version(version, today)));
    }

    private static String status(ProjectVersion version) {
        if (version.archived()) {
            return "archived";
        }
        return version.released() ? "released" : "unreleased";
    }

    /** Jira's {@code query}: a case-insensitive part of the name or description. */
    private static boolean matches(ApiRequest request, String name, String description) {
        String query = request.queryParam("query").map(text -> text.toLowerCase(Locale.ROOT)).orElse(null);
        return query == null || name.toLowerCase(Locale.ROOT).contains(query)
                || description.toLowerCase(Locale.ROOT).contains(query);
    }

    /** {@code orderBy} as Jira reads it: a field name, optionally with + or -; unknown fields keep the stored order. */
    private static <T> Comparator<T> order(String orderBy, Map<String, Function<T, String>> fields) {
        boolean descending = orderBy.startsWith("-");
        Function<T, String> key = fields.get(orderBy.replaceFirst("^[+-]", ""));
        if (key == null) {
            return (a, b) -> 0;
        }
        Comparator<T> order = Comparator.comparing(key);
        return descending ? order.reversed() : order;
    }

    /** Issues whose components (or versions) hold an item with this id. */
    private static long issueCount(Call call, String fieldId, String itemId) {
        return call.store().issues().all().map(issue -> issue.field(fieldId))
                .filter(value -> value instanceof List<?> items && items.stream()
                        .anyMatch(
                                item -> item instanceof Map<?, ?> map && itemId.equals(String.valueOf(map.get("id")))))
                .count();
    }

    private static LocalDate today(Call call) {
        return LocalDate.ofInstant(call.store().now(), ZoneOffset.UTC);
    }

    private static ProjectItemJson json(Call call) {
        return new ProjectItemJson(call.store().catalog(), new EntityJson(call.links()));
    }
}
