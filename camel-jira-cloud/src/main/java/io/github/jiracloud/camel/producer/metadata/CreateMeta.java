package io.github.jiracloud.camel.producer.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.OffsetPages;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import io.github.jiracloud.camel.producer.project.ProjectActions;
import org.apache.camel.Exchange;

/**
 * {@code metadata/createMeta}: what issue/create accepts in a project. Without the option issueType, every page of
 * {@code GET /rest/api/3/issue/createmeta/{project}/issuetypes} (the project's issue types); with it, every page of
 * {@code .../issuetypes/{issueTypeId}} (the fields of that type: required, allowed values, schema). An issue type
 * given by name is looked up in the first listing.
 */
public final class CreateMeta implements JiraAction {

    private static final String ISSUE_TYPES = "/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes";
    /** Jira's largest page here; the spec refuses more. */
    private static final int LARGEST_PAGE = 200;

    private final JiraConfiguration configuration;

    public CreateMeta(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        String project = ProjectActions.project(exchange, configuration);
        String issueType = configuration.getIssueType();
        String types = PathTemplate.expand(ISSUE_TYPES, project);
        if (issueType == null || issueType.isBlank()) {
            Results.items(exchange, pages(client, types, "issueTypes", configuration.getLimit()), configuration);
            return;
        }
        String typeId = issueType.strip().chars().allMatch(Character::isDigit)
                ? issueType.strip()
                : typeIdNamed(client, types, project, issueType.strip());
        Results.items(exchange, pages(client, types + "/" + PathTemplate.segment("issueType", typeId), "fields",
                configuration.getLimit()), configuration);
    }

    private String typeIdNamed(JiraClient client, String typesPath, String project, String name) {
        List<String> names = new ArrayList<>();
        OffsetPages types = pages(client, typesPath, "issueTypes", 0);
        while (types.hasNext()) {
            Map<String, Object> type = types.next();
            if (name.equalsIgnoreCase(String.valueOf(type.get("name")))) {
                return String.valueOf(type.get("id"));
            }
            names.add(String.valueOf(type.get("name")));
        }
        throw new IllegalArgumentException("Project " + project + " has no issue type named '" + name
                + "' (option issueType); it has: " + String.join(", ", names));
    }

    private OffsetPages pages(JiraClient client, String path, String itemsField, int limit) {
        return new OffsetPages(client, (startAt, maxResults) -> JiraRequest.get(path)
                .withQuery("startAt", startAt)
                .withQuery("maxResults", maxResults),
                itemsField, Math.min(configuration.getPageSize(), LARGEST_PAGE), limit);
    }
}
