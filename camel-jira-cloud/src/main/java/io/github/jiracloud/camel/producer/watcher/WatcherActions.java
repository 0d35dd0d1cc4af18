package io.github.jiracloud.camel.producer.watcher;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.TextNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * The watcher resource: {@code /rest/api/3/issue/{issueIdOrKey}/watchers}. Without an account id, add and remove act
 * on the calling user, as Jira's own UI "Watch" button does.
 */
public final class WatcherActions {

    private static final String WATCHERS = "/rest/api/3/issue/{issueIdOrKey}/watchers";

    private WatcherActions() {
    }

    /** {@code watcher/add}: {@code POST .../watchers} with the account id as a JSON string; the result is empty. */
    public static JiraAction add(JiraConfiguration configuration) {
        return (exchange, client) -> {
            String path = PathTemplate.expand(WATCHERS, ExchangeInputs.issueKey(exchange, configuration.getIssueKey()));
            String accountId = accountId(exchange, client, configuration);
            Results.callIntoBody(exchange, client, JiraRequest.post(path, TextNode.valueOf(accountId)));
            exchange.getMessage().setHeader(JiraConstants.ACCOUNT_ID, accountId);
        };
    }

    /** {@code watcher/remove}: {@code DELETE .../watchers?accountId=}; the result is empty. */
    public static JiraAction remove(JiraConfiguration configuration) {
        return (exchange, client) -> {
            String path = PathTemplate.expand(WATCHERS, ExchangeInputs.issueKey(exchange, configuration.getIssueKey()));
            String accountId = accountId(exchange, client, configuration);
            Results.callIntoBody(exchange, client, JiraRequest.delete(path).withQuery("accountId", accountId));
            exchange.getMessage().setHeader(JiraConstants.ACCOUNT_ID, accountId);
        };
    }

    /** {@code watcher/list}: {@code GET .../watchers}; the result is the List of watching users. */
    public static JiraAction list(JiraConfiguration configuration) {
        return (exchange, client) -> {
            String path = PathTemplate.expand(WATCHERS, ExchangeInputs.issueKey(exchange, configuration.getIssueKey()));
            Map<?, ?> answer = (Map<?, ?>) Results.call(exchange, client, JiraRequest.get(path));
            Object watchers = answer == null ? null : answer.get("watchers");
            Results.items(exchange, (watchers instanceof List<?> users ? users : List.of()).iterator(), configuration);
        };
    }

    /** The account id given, or the calling user's from {@code /myself}. */
    private static String accountId(Exchange exchange, JiraClient client, JiraConfiguration configuration) {
        String given = ExchangeInputs.optional(exchange, JiraConstants.ACCOUNT_ID, configuration.getAccountId());
        if (given != null) {
            return given;
        }
        Map<?, ?> myself = (Map<?, ?>) client.call(JiraRequest.get("/rest/api/3/myself"));
        return String.valueOf(myself.get("accountId"));
    }
}
