package io.github.jiracloud.emulator.api.site;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.data.JiraTime;
import io.github.jiracloud.emulator.data.SiteCatalog;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/** What a client asks first about a site: who am I, which version is this, and its fields, types and statuses. */
public final class SiteResource implements Resource {

    /** A fixed build date, so serverInfo answers the same every run. */
    private static final Instant BUILD_DATE = Instant.parse("2025-12-01T00:00:00Z");

    @Override
    public void register(Router router) {
        router.get("/rest/api/3/myself", call -> ApiResponse.ok(entities(call).fullUser(call.caller())))
                .get("/rest/api/3/serverInfo", this::serverInfo)
                .get("/rest/api/3/field", call -> ApiResponse.ok(
                        catalog(call).fields().stream().map(entities(call)::field).toList()))
                .get("/rest/api/3/issuetype", call -> ApiResponse.ok(
                        catalog(call).issueTypes().stream().map(entities(call)::issueType).toList()))
                .get("/rest/api/3/priority", call -> ApiResponse.ok(
                        catalog(call).priorities().stream().map(entities(call)::priorityDetails).toList()))
                .get("/rest/api/3/status", call -> ApiResponse.ok(
                        catalog(call).statuses().stream().map(entities(call)::status).toList()));
    }

    private ApiResponse serverInfo(Call call) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("baseUrl", call.store().siteUrl());
        json.put("displayUrl", call.store().siteUrl());
        json.put("version", "1001.0.0-SNAPSHOT");
        json.put("versionNumbers", List.of(1001, 0, 0));
        json.put("deploymentType", "Cloud");
        json.put("buildNumber", 100_300);
        json.put("buildDate", JiraTime.format(BUILD_DATE));
        json.put("serverTime", JiraTime.format(call.store().now()));
        json.put("scmInfo", "jira-emulator");
        json.put("serverTitle", "Jira");
        json.put("serverTimeZone", "Etc/UTC");
        return ApiResponse.ok(json);
    }

    private static SiteCatalog catalog(Call call) {
        return call.store().catalog();
    }

    private static EntityJson entities(Call call) {
        return new EntityJson(call.links());
    }
}
