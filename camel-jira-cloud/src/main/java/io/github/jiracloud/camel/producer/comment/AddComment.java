package io.github.jiracloud.camel.producer.comment;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JiraResponse;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.IdempotencyKey;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * {@code comment/add}: {@code POST /rest/api/3/issue/{issueIdOrKey}/comment}. The body is the comment text, an ADF
 * document, or Jira's own {@code {"body": ..., "visibility": ...}}. The result is the created comment. With
 * {@code idempotentCreate} the comment carries an {@link IdempotencyKey}, and one whose answer was lost is looked for
 * among the issue's comments ({@link AddedCommentLookup}) before it is sent again.
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
        if (!configuration.isIdempotentCreate()) {
            done(exchange, Results.call(exchange, client, addRequest(path, comment)));
            return;
        }
        IdempotencyKey key = IdempotencyKey.of(exchange, configuration);
        key.addTo(comment);
        JiraRequest add = addRequest(path, comment);
        AddedCommentLookup lookup = new AddedCommentLookup(client, path, key);
        JiraRequest checked = add.withOutcomeCheck(lookup);
        done(exchange, key.attempt(exchange, () -> {
            Optional<JiraResponse> earlier = key.mayHaveTakenEffect()
                    ? client.lookUp(checked, "an earlier attempt's answer was lost")
                    : Optional.empty();
            return earlier.isPresent()
                    ? JiraClient.parse(add, earlier.get())
                    : Results.call(exchange, client, checked);
        }));
    }

    private JiraRequest addRequest(String path, ObjectNode comment) {
        return JiraRequest.post(path, comment).withQuery("expand", configuration.getExpand()).withBodyExpected();
    }

    private static void done(Exchange exchange, Object answer) {
        Map<?, ?> created = (Map<?, ?>) answer;
        exchange.getMessage().setHeader(JiraConstants.COMMENT_ID, created.get("id"));
        exchange.getMessage().setBody(created);
    }
}
