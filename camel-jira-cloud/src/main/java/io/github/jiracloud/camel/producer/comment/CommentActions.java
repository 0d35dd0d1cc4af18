package io.github.jiracloud.camel.producer.comment;

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
 * The comment resource: {@code /rest/api/3/issue/{issueIdOrKey}/comment}. The comment id of get, update and delete
 * comes from the header {@code CamelJiraCommentId} or the option {@code commentId}.
 */
public final class CommentActions {

    static final String COMMENTS = "/rest/api/3/issue/{issueIdOrKey}/comment";
    private static final String COMMENT = COMMENTS + "/{id}";

    private CommentActions() {
    }

    /** {@code comment/list}: every page of {@code GET .../comment}, oldest first; the result is a List of comments. */
    public static JiraAction list(JiraConfiguration configuration) {
        return (exchange, client) -> {
            String path = PathTemplate.expand(COMMENTS, ExchangeInputs.issueKey(exchange, configuration.getIssueKey()));
            Results.items(exchange, new OffsetPages(client, (startAt, maxResults) -> JiraRequest.get(path)
                    .withQuery("startAt", startAt)
                    .withQuery("maxResults", maxResults)
                    .withQuery("expand", configuration.getExpand()), "comments", configuration.getPageSize(),
                    configuration.getLimit()), configuration);
        };
    }

    /** {@code comment/get}: {@code GET .../comment/{id}}; the result is the comment. */
    public static JiraAction get(JiraConfiguration configuration) {
        return (exchange, client) -> {
            JiraRequest request = JiraRequest.get(commentPath(exchange, configuration))
                    .withQuery("expand", configuration.getExpand());
            commentResult(exchange, Results.callIntoBody(exchange, client, request));
        };
    }

    /**
     * {@code comment/update}: {@code PUT .../comment/{id}} with the same bodies as comment/add; the result is the
     * comment.
     */
    public static JiraAction update(JiraConfiguration configuration) {
        return (exchange, client) -> {
            String path = commentPath(exchange, configuration);
            JiraRequest request = JiraRequest.put(path, CommentBody.toRequest(exchange.getMessage().getBody(),
                    configuration.textFormat(), "comment/update"))
                    .withQuery("notifyUsers", configuration.isNotifyUsers() ? null : false)
                    .withQuery("expand", configuration.getExpand());
            commentResult(exchange, Results.callIntoBody(exchange, client, request));
        };
    }

    /** {@code comment/delete}: {@code DELETE .../comment/{id}}; the result is empty. */
    public static JiraAction delete(JiraConfiguration configuration) {
        return (exchange, client) -> Results.callIntoBody(exchange, client,
                JiraRequest.delete(commentPath(exchange, configuration)));
    }

    private static String commentPath(Exchange exchange, JiraConfiguration configuration) {
        String key = ExchangeInputs.issueKey(exchange, configuration.getIssueKey());
        String id = ExchangeInputs.required(exchange, JiraConstants.COMMENT_ID, configuration.getCommentId(),
                "commentId");
        return PathTemplate.expand(COMMENT, key, id);
    }

    private static void commentResult(Exchange exchange, Object comment) {
        exchange.getMessage().setHeader(JiraConstants.COMMENT_ID, ((Map<?, ?>) comment).get("id"));
    }
}
