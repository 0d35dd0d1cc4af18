package io.github.jiracloud.camel.producer.worklog;

import java.util.Map;

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
 * The worklog resource: {@code /rest/api/3/issue/{issueIdOrKey}/worklog}. The worklog id of update and delete comes
 * from the header {@code CamelJiraWorklogId} or the option {@code worklogId}; how the remaining estimate moves from
 * the options adjustEstimate, newEstimate, reduceBy and increaseBy, checked when the route starts.
 */
public final class WorklogActions {

    private static final String WORKLOGS = "/rest/api/3/issue/{issueIdOrKey}/worklog";
    private static final String WORKLOG = WORKLOGS + "/{id}";

    private WorklogActions() {
    }

    /** {@code worklog/add}: {@code POST .../worklog}; the result is the new worklog, its id in CamelJiraWorklogId. */
    public static JiraAction add(JiraConfiguration configuration) {
        EstimateAdjustment estimate = EstimateAdjustment.of(configuration, EstimateAdjustment.Action.ADD);
        return (exchange, client) -> {
            String path = PathTemplate.expand(WORKLOGS, ExchangeInputs.issueKey(exchange, configuration.getIssueKey()));
            JiraRequest request = JiraRequest.post(path, WorklogBody.toRequest(exchange.getMessage().getBody(),
                    configuration.textFormat(), "worklog/add"));
            worklogResult(exchange,
                    Results.callIntoBody(exchange, client, options(estimate.applyTo(request), configuration)));
        };
    }

    /** {@code worklog/list}: every page of {@code GET .../worklog}, oldest first; the result is a List of worklogs. */
    public static JiraAction list(JiraConfiguration configuration) {
        return (exchange, client) -> {
            String path = PathTemplate.expand(WORKLOGS, ExchangeInputs.issueKey(exchange, configuration.getIssueKey()));
            Results.items(exchange, new OffsetPages(client, (startAt, maxResults) -> JiraRequest.get(path)
                    .withQuery("startAt", startAt)
                    .withQuery("maxResults", maxResults)
                    .withQuery("expand", configuration.getExpand()), "worklogs", configuration.getPageSize(),
                    configuration.getLimit()), configuration);
        };
    }

    /** {@code worklog/update}: {@code PUT .../worklog/{id}} with the same bodies as add; the result is the worklog. */
    public static JiraAction update(JiraConfiguration configuration) {
        EstimateAdjustment estimate = EstimateAdjustment.of(configuration, EstimateAdjustment.Action.UPDATE);
        return (exchange, client) -> {
            JiraRequest request = JiraRequest.put(worklogPath(exchange, configuration), WorklogBody.toRequest(
                    exchange.getMessage().getBody(), configuration.textFormat(), "worklog/update"));
            worklogResult(exchange,
                    Results.callIntoBody(exchange, client, options(estimate.applyTo(request), configuration)));
        };
    }

    /** {@code worklog/delete}: {@code DELETE .../worklog/{id}}; the result is empty. */
    public static JiraAction delete(JiraConfiguration configuration) {
        EstimateAdjustment estimate = EstimateAdjustment.of(configuration, EstimateAdjustment.Action.DELETE);
        return (exchange, client) -> Results.callIntoBody(exchange, client, estimate.applyTo(
                JiraRequest.delete(worklogPath(exchange, configuration))
                        .withQuery("notifyUsers", configuration.isNotifyUsers() ? null : false)));
    }

    private static JiraRequest options(JiraRequest request, JiraConfiguration configuration) {
        return request.withQuery("notifyUsers", configuration.isNotifyUsers() ? null : false)
                .withQuery("expand", configuration.getExpand());
    }

    private static String worklogPath(Exchange exchange, JiraConfiguration configuration) {
        String key = ExchangeInputs.issueKey(exchange, configuration.getIssueKey());
        String id = ExchangeInputs.required(exchange, JiraConstants.WORKLOG_ID, configuration.getWorklogId(),
                "worklogId");
        return PathTemplate.expand(WORKLOG, key, id);
    }

    private static void worklogResult(Exchange exchange, Object worklog) {
        exchange.getMessage().setHeader(JiraConstants.WORKLOG_ID, ((Map<?, ?>) worklog).get("id"));
    }
}
