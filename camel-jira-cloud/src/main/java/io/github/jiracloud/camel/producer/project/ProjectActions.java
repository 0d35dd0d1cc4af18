package io.github.jiracloud.camel.producer.project;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.OffsetPages;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * The project resource. The lists use Jira's paged endpoints and return every page: {@code /project/search} for
 * projects, and {@code /project/{key}/component} and {@code /project/{key}/version} rather than their unpaged twins,
 * because only the paged ones filter by {@code query} and stay cheap for projects with thousands of versions.
 */
public final class ProjectActions {

    /** Jira's largest page of {@code /project/search}; the spec refuses more. */
    private static final int LARGEST_PROJECT_PAGE = 100;

    private ProjectActions() {
    }

    /** {@code project/list}: every page of {@code GET /rest/api/3/project/search}, filtered by the option query. */
    public static JiraAction list(JiraConfiguration configuration) {
        return (exchange, client) -> Results.items(exchange, new OffsetPages(client,
                (startAt, maxResults) -> JiraRequest.get("/rest/api/3/project/search")
                        .withQuery("startAt", startAt)
                        .withQuery("maxResults", maxResults)
                        .withQuery("query", configuration.getQuery())
                        .withQuery("expand", configuration.getExpand()),
                "values", Math.min(configuration.getPageSize(), LARGEST_PROJECT_PAGE), configuration.getLimit()),
                configuration);
    }

    /** {@code project/get}: {@code GET /rest/api/3/project/{projectIdOrKey}}; the result is the project. */
    public static JiraAction get(JiraConfiguration configuration) {
        return (exchange, client) -> Results.callIntoBody(exchange, client,
                JiraRequest
                        .get(PathTemplate.expand("/rest/api/3/project/{projectIdOrKey}",
                                project(exchange, configuration)))
                        .withQuery("expand", configuration.getExpand()));
    }

    public static JiraAction components(JiraConfiguration configuration) {
        return items(configuration, "/rest/api/3/project/{projectIdOrKey}/component", null);
    }

    public static JiraAction versions(JiraConfiguration configuration) {
        return items(configuration, "/rest/api/3/project/{projectIdOrKey}/version", configuration.getExpand());
    }

    /**
     * {@code project/components} and {@code project/versions}: every page of the paged list, filtered by query.
     *
     * @param expand only versions have expansions (e.g. operations, issuesstatus)
     */
    private static JiraAction items(JiraConfiguration configuration, String template, String expand) {
        return (exchange, client) -> {
            String path = PathTemplate.expand(template, project(exchange, configuration));
            Results.items(exchange, new OffsetPages(client, (startAt, maxResults) -> JiraRequest.get(path)
                    .withQuery("startAt", startAt)
                    .withQuery("maxResults", maxResults)
                    .withQuery("query", configuration.getQuery())
                    .withQuery("expand", expand),
                    "values", configuration.getPageSize(), configuration.getLimit()), configuration);
        };
    }

    public static String project(Exchange exchange, JiraConfiguration configuration) {
        return ExchangeInputs.required(exchange, JiraConstants.PROJECT_KEY, configuration.getProject(), "project");
    }
}
