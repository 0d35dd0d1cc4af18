package io.github.jiracloud.emulator.api.issue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.api.PageWindow;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.project.Projects;
import io.github.jiracloud.emulator.api.render.CreateMetaJson;
import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.data.IssueType;
import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * Create metadata, the paged successor of the old {@code /issue/createmeta}: a project's issue types, and the fields
 * of one of them. Pages hold their items in {@code issueTypes} and {@code fields}, up to 200 at a time.
 */
public final class CreateMetaResource implements Resource {

    private static final String ISSUE_TYPES = "/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes";
    private static final int LARGEST_PAGE = 200;

    @Override
    public void register(Router router) {
        router.get(ISSUE_TYPES, this::issueTypes)
                .get(ISSUE_TYPES + "/{issueTypeId}", this::fields);
    }

    private ApiResponse issueTypes(Call call) {
        Projects.named(call);
        EntityJson entities = new EntityJson(call.links());
        List<Map<String, Object>> types = call.store().catalog().issueTypes().stream().map(entities::issueType)
                .toList();
        return ApiResponse.ok(page(call, "issueTypes", types));
    }

    private ApiResponse fields(Call call) {
        Project project = Projects.named(call);
        String typeId = call.pathParam("issueTypeId");
        IssueType type = call.store().catalog().issueType(typeId).orElseThrow(() -> ApiException.badRequest(
                "The issue type with id '" + typeId + "' does not exist or is not used in project " + project.key()
                        + "."));
        List<Map<String, Object>> fields = new CreateMetaJson(call.store(), new EntityJson(call.links()))
                .fields(project, type);
        return ApiResponse.ok(page(call, "fields", fields));
    }

    private static Map<String, Object> page(Call call, String itemsField, List<Map<String, Object>> all) {
        PageWindow window = PageWindow.of(call, 50, LARGEST_PAGE);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("maxResults", window.maxResults());
        page.put("startAt", window.startAt());
        page.put("total", all.size());
        page.put(itemsField, window.slice(all));
        return page;
    }
}
