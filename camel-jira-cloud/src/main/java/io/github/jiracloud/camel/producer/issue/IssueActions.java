package io.github.jiracloud.camel.producer.issue;

import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.OffsetPages;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;

/** The issue resource: the small actions here, the larger ones in a class each. */
public final class IssueActions {

    private static final String ISSUE = "/rest/api/3/issue/{issueIdOrKey}";
    /** Jira's largest changelog page. */
    private static final int MAX_CHANGELOG_PAGE = 100;

    private IssueActions() {
    }

    /** {@code issue/delete}: {@code DELETE /rest/api/3/issue/{issueIdOrKey}}, with {@code deleteSubtasks}. */
    public static JiraAction delete(JiraConfiguration configuration) {
        return (exchange, client) -> {
            String key = ExchangeInputs.issueKey(exchange, configuration.getIssueKey());
            Results.callIntoBody(exchange, client, JiraRequest.delete(PathTemplate.expand(ISSUE, key))
                    .withQuery("deleteSubtasks", configuration.isDeleteSubtasks() ? "true" : null));
        };
    }

    /** {@code issue/transitions}: {@code GET .../transitions}; the List of transitions the issue offers now. */
    public static JiraAction transitions(JiraConfiguration configuration) {
        return (exchange, client) -> {
            String key = ExchangeInputs.issueKey(exchange, configuration.getIssueKey());
            Object answer = Results.call(exchange, client,
                    JiraRequest.get(PathTemplate.expand(ISSUE + "/transitions", key))
                            .withQuery("expand", configuration.getExpand()));
            List<?> transitions = answer instanceof Map<?, ?> map && map.get("transitions") instanceof List<?> list
                    ? list
                    : List.of();
            exchange.getMessage().setHeader(JiraConstants.RESULT_COUNT, transitions.size());
            exchange.getMessage().setBody(transitions);
        };
    }

    /** {@code issue/changelog}: {@code GET .../changelog}, every page, oldest change first. */
    public static JiraAction changelog(JiraConfiguration configuration) {
        return (exchange, client) -> {
            String path = PathTemplate.expand(ISSUE + "/changelog",
                    ExchangeInputs.issueKey(exchange, configuration.getIssueKey()));
            int pageSize = Math.min(MAX_CHANGELOG_PAGE, configuration.getPageSize());
            Results.items(exchange, new OffsetPages(client, (startAt, maxResults) -> JiraRequest.get(path)
                    .withQuery("startAt", startAt).withQuery("maxResults", maxResults), "values", pageSize, 0),
                    configuration);
        };
    }
}
