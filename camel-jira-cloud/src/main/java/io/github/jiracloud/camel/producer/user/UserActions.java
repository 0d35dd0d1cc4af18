package io.github.jiracloud.camel.producer.user;

import java.util.Map;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.StartAtPages;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * The user resource. Jira's user searches answer plain arrays paged by {@code startAt}, and look at no more than the
 * first thousand matching users; both searches here return every page of that.
 */
public final class UserActions {

    /** Jira's user searches never go past the thousandth user. */
    private static final int SEARCH_WINDOW = 1000;

    private UserActions() {
    }

    /** {@code user/myself}: {@code GET /rest/api/3/myself}; the result is the calling user. */
    public static JiraAction myself(JiraConfiguration configuration) {
        return (exchange, client) -> withAccountId(exchange, Results.callIntoBody(exchange, client,
                JiraRequest.get("/rest/api/3/myself").withQuery("expand", configuration.getExpand())));
    }

    /** {@code user/get}: {@code GET /rest/api/3/user?accountId=}; the result is the user. */
    public static JiraAction get(JiraConfiguration configuration) {
        return (exchange, client) -> {
            String accountId = ExchangeInputs.required(exchange, JiraConstants.ACCOUNT_ID, configuration.getAccountId(),
                    "accountId");
            withAccountId(exchange, Results.callIntoBody(exchange, client, JiraRequest.get("/rest/api/3/user")
                    .withQuery("accountId", accountId)
                    .withQuery("expand", configuration.getExpand())));
        };
    }

    /** {@code user/search}: every page of {@code GET /rest/api/3/user/search?query=}; a short page is the last. */
    public static JiraAction search(JiraConfiguration configuration) {
        return (exchange, client) -> {
            String query = configuration.getQuery();
            if (query == null || query.isBlank()) {
                throw new IllegalArgumentException("user/search needs the option query: the start of a name or e-mail "
                        + "address to look for, e.g. jira:user/search?query=alice");
            }
            Results.items(exchange,
                    StartAtPages.arrays(client, (startAt, maxResults) -> JiraRequest.get("/rest/api/3/user/search")
                            .withQuery("query", query)
                            .withQuery("startAt", startAt)
                            .withQuery("maxResults", maxResults),
                            pageSize(configuration), configuration.getLimit()),
                    configuration);
        };
    }

    /**
     * {@code user/assignable}: every page of {@code GET /rest/api/3/user/assignable/search} for a project (header
     * CamelJiraProjectKey or option project) or else an issue (CamelJiraIssueKey or issueKey), matching {@code query}
     * or one {@code accountId} (header CamelJiraAccountId), one of which Jira requires. Jira cuts each page before
     * dropping users who cannot be assigned, so pages come back short, even empty, while more follow: it reads on to
     * the end of the thousand users Jira looks at.
     */
    public static JiraAction assignable(JiraConfiguration configuration) {
        return (exchange, client) -> {
            JiraRequest request = who(exchange, configuration, scope(exchange, configuration));
            Results.items(exchange, StartAtPages.filteredArrays(client, (startAt, maxResults) -> request
                    .withQuery("startAt", startAt)
                    .withQuery("maxResults", maxResults),
                    pageSize(configuration), configuration.getLimit(), SEARCH_WINDOW), configuration);
        };
    }

    /** {@code query} or {@code accountId}: Jira answers 400 to neither and to both. */
    private static JiraRequest who(Exchange exchange, JiraConfiguration configuration, JiraRequest request) {
        String query = configuration.getQuery();
        String accountId = ExchangeInputs.optional(exchange, JiraConstants.ACCOUNT_ID, configuration.getAccountId());
        boolean hasQuery = query != null && !query.isBlank();
        boolean hasAccountId = accountId != null && !accountId.isBlank();
        if (hasQuery == hasAccountId) {
            throw new IllegalArgumentException("user/assignable needs exactly one of the option query (a name or "
                    + "e-mail prefix, e.g. query=ali) or an account id (the header " + JiraConstants.ACCOUNT_ID
                    + " or the option accountId, to check one user): Jira refuses "
                    + (hasQuery ? "both together" : "the search without either"));
        }
        return hasQuery ? request.withQuery("query", query) : request.withQuery("accountId", accountId);
    }

    private static JiraRequest scope(Exchange exchange, JiraConfiguration configuration) {
        JiraRequest request = JiraRequest.get("/rest/api/3/user/assignable/search");
        String project = ExchangeInputs.optional(exchange, JiraConstants.PROJECT_KEY, configuration.getProject());
        if (project != null) {
            return request.withQuery("project", project);
        }
        String issue = ExchangeInputs.optional(exchange, JiraConstants.ISSUE_KEY, configuration.getIssueKey());
        if (issue != null) {
            return request.withQuery(issue.chars().allMatch(Character::isDigit) ? "issueId" : "issueKey", issue);
        }
        throw new IllegalArgumentException("user/assignable needs a project or an issue: set the header "
                + JiraConstants.PROJECT_KEY + " or the option project, or the header " + JiraConstants.ISSUE_KEY
                + " or the option issueKey");
    }

    private static int pageSize(JiraConfiguration configuration) {
        return Math.min(configuration.getPageSize(), SEARCH_WINDOW);
    }

    private static void withAccountId(Exchange exchange, Object user) {
        if (user instanceof Map<?, ?> map) {
            exchange.getMessage().setHeader(JiraConstants.ACCOUNT_ID, map.get("accountId"));
        }
    }
}
