package io.github.jiracloud.camel.producer.comment;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.IdempotencyKey;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * {@code comment/add}: {@code POST /rest/api/3/issue/{issueIdOrKey}/comment}. The body is the comment text, an ADF
 * document, or Jira's own {@code {"body": ..., "visibility": ...}}. The result is the created comment. With
 * {@code idempotentCreate} the comment is made exactly once: it carries an {@link IdempotencyKey}, and the client
 * looks for one whose answer was lost among the issue's comments ({@link AddedCommentLookup}) before sending it again.
 */
public final class AddComment implements JiraAction {

    private final JiraConfiguration configuration;

    public AddComment(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        String issueKey = ExchangeInputs.issueKey(exchange, configuration.getIssueKey());
        ObjectNode comment = CommentBody.toRequest(exchange.getMessage().getBody(), configuration.textFormat(),
                "comment/add");
        String path = PathTemplate.expand(CommentActions.COMMENTS, issueKey);
        JiraRequest add = JiraRequest.post(path, comment).withQuery("expand", configuration.getExpand())
                .withBodyExpected();
        if (configuration.isIdempotentCreate()) {
            IdempotencyKey key = IdempotencyKey.of(exchange, configuration);
            add = add.withExactlyOnce(key.exactlyOnce(new AddedCommentLookup(client, path, key)));
        }
        done(exchange, Results.call(exchange, client, add));
    }

    private static void done(Exchange exchange, Object answer) {
        Map<?, ?> created = (Map<?, ?>) answer;
        exchange.getMessage().setHeader(JiraConstants.COMMENT_ID, created.get("id"));
        exchange.getMessage().setBody(created);
    }
}
