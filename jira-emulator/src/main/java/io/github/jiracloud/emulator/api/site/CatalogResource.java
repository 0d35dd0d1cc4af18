package io.github.jiracloud.emulator.api.site;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.github.jiracloud.emulator.api.PageWindow;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.data.Resolution;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/** Site-wide values issues draw on: resolutions (listed and paged) and the labels in use. */
public final class CatalogResource implements Resource {

    @Override
    public void register(Router router) {
        router.get("/rest/api/3/resolution", call -> ApiResponse.ok(resolutions(call).stream()
                .map(new EntityJson(call.links())::resolution).toList()))
                .get("/rest/api/3/resolution/search", this::resolutionPage)
                .get("/rest/api/3/label", this::labels);
    }

    private ApiResponse resolutionPage(Call call) {
        List<String> ids = call.request().queryList("id");
        EntityJson entities = new EntityJson(call.links());
        List<Map<String, Object>> values = resolutions(call).stream()
                .filter(resolution -> ids.isEmpty() || ids.contains(resolution.id()))
                .map(resolution -> {
                    Map<String, Object> json = entities.resolution(resolution);
                    json.put("default", false);
                    return json;
                })
                .filter(json -> !call.queryFlag("onlyDefault"))
                .toList();
        return ApiResponse.ok(PageWindow.of(call, 50, 1000).pageBean(call, "/resolution/search", values));
    }

    /** Every label on any issue, sorted as Jira lists them. */
    private ApiResponse labels(Call call) {
        TreeSet<String> labels = new TreeSet<>();
        call.store().issues().all().forEach(issue -> {
            if (issue.field("labels") instanceof List<?> values) {
                values.forEach(label -> labels.add(String.valueOf(label)));
            }
        });
        return ApiResponse.ok(PageWindow.of(call, 1000, 1000).pageBean(call, "/label", List.copyOf(labels)));
    }

    private static List<Resolution> resolutions(Call call) {
        return call.store().catalog().resolutions();
    }
}
