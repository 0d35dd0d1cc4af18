package io.github.jiracloud.emulator.gateway;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.http.Json;

/**
 * The points one answered request costs against an app's hourly quota, per Atlassian's rate-limiting page (facts file,
 * section 1.2): a write costs 1 point; a read costs 1 plus 1 for each core object (issue, project, dashboard,
 * attachment) and 2 for each identity object (user, group) it returns. Assumed where the page is thin: the objects
 * counted are those the answer lists at its top (an issue, or the items of a page), not ones nested inside them, which
 * gives the page's examples (an issue read = 2, a page of 8 group members = 17).
 */
final class QuotaCost {

    private static final String[] LISTS = {"issues", "values", "users", "projects", "attachments", "groups"};

    private QuotaCost() {
    }

    static int of(String method, ApiResponse response) {
        if (!"GET".equals(method) || response.body().length == 0) {
            return 1;
        }
        try {
            JsonNode body = Json.mapper().readTree(response.body());
            return 1 + objects(body);
        } catch (IOException e) {
            return 1;
        }
    }

    private static int objects(JsonNode body) {
        if (body.isArray()) {
            int points = 0;
            for (JsonNode item : body) {
                points += weight(item);
            }
            return points;
        }
        for (String list : LISTS) {
            if (body.path(list).isArray()) {
                return objects(body.path(list));
            }
        }
        return weight(body);
    }

    private static int weight(JsonNode item) {
        if (item.has("accountId") && item.has("accountType") || item.has("groupId")) {
            return 2;
        }
        boolean issue = item.has("key") && item.has("fields");
        boolean project = item.has("key") && item.has("projectTypeKey");
        boolean attachment = item.has("filename") && item.has("mimeType");
        return issue || project || attachment ? 1 : 0;
    }
}
