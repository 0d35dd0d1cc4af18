package io.github.jiracloud.camel.producer.metadata;

import java.util.List;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.OffsetPages;
import io.github.jiracloud.camel.client.StartAtPages;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;

/**
 * The metadata resource: what a site's issues are made of. Each result is a List with its size in
 * CamelJiraResultCount.
 *
 * <p>Priorities come from {@code GET /priority}: the spec marks it deprecated, but its paged successor
 * {@code /priority/search} is marked deprecated too and needs the admin scope {@code manage:jira-configuration} with
 * OAuth, while {@code /priority} works with {@code read:jira-work}. Statuses come from {@code GET /status} for the same
 * reason ({@code /statuses/search} needs the admin scope). Resolutions use {@code /resolution/search}, the current
 * endpoint that replaced the deprecated {@code /resolution} and needs only {@code read:jira-work}.
 */
public final class MetadataActions {

    private MetadataActions() {
    }

    /** {@code metadata/fields}: {@code GET /rest/api/3/field}, system and custom fields. */
    public static JiraAction fields(JiraConfiguration configuration) {
        return list(configuration, "/rest/api/3/field");
    }

    /** {@code metadata/issueTypes}: {@code GET /rest/api/3/issuetype}. */
    public static JiraAction issueTypes(JiraConfiguration configuration) {
        return list(configuration, "/rest/api/3/issuetype");
    }

    /** {@code metadata/priorities}: {@code GET /rest/api/3/priority}. */
    public static JiraAction priorities(JiraConfiguration configuration) {
        return list(configuration, "/rest/api/3/priority");
    }

    /** {@code metadata/statuses}: {@code GET /rest/api/3/status}. */
    public static JiraAction statuses(JiraConfiguration configuration) {
        return list(configuration, "/rest/api/3/status");
    }

    /** An endpoint that answers the whole list at once. */
    private static JiraAction list(JiraConfiguration configuration, String path) {
        return (exchange, client) -> {
            Object answer = Results.call(exchange, client, JiraRequest.get(path));
            Results.items(exchange, (answer instanceof List<?> list ? list : List.of()).iterator(), configuration);
        };
    }

    /** {@code metadata/resolutions}: every page of {@code GET /rest/api/3/resolution/search}. */
    public static JiraAction resolutions(JiraConfiguration configuration) {
        return (exchange, client) -> Results.items(exchange, new OffsetPages(client,
                (startAt, maxResults) -> JiraRequest.get("/rest/api/3/resolution/search")
                        .withQuery("startAt", startAt)
                        .withQuery("maxResults", maxResults),
                "values", configuration.getPageSize(), configuration.getLimit()), configuration);
    }

    /** {@code metadata/labels}: every page of {@code GET /rest/api/3/label}, a List of Strings. */
    public static JiraAction labels(JiraConfiguration configuration) {
        return (exchange, client) -> Results.items(exchange, StartAtPages.values(client,
                (startAt, maxResults) -> JiraRequest.get("/rest/api/3/label")
                        .withQuery("startAt", startAt)
                        .withQuery("maxResults", maxResults),
                configuration.getPageSize(), configuration.getLimit()), configuration);
    }
}
