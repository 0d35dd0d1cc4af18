package io.github.jiracloud.camel.producer;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.PathTemplate;
import org.apache.camel.Exchange;

/**
 * {@code comment/add}: {@code POST /rest/api/3/issue/{issueIdOrKey}/comment}. The body is the comment text, an ADF
 * document, or Jira's own {@code {"body": ..., "visibility": ...}}. The result is the created comment.
 */
final class AddComment implements JiraAction {

    private final JiraConfiguration configuration;

    AddComment(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        String key = ExchangeInputs.issueKey(exchange, configuration.getIssueKey());
        ObjectNode comment = CommentBody.toRequest(exchange.getMessage().getBody(), configuration.textFormat(),
                "comment/add");
        JiraRequest request = JiraRequest.post(PathTemplate.expand(CommentActions.COMMENTS, key), comment)
                .withQuery("expand", configuration.getExpand());
        Map<?, ?> created = (Map<?, ?>) Results.call(exchange, client, request);
        exchange.getMessage().setHeader(JiraConstants.COMMENT_ID, created.get("id"));
        exchange.getMessage().setBody(created);
    }
}
