package io.github.jiracloud.camel.producer.attachment;

import java.util.Map;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * The attachment resource. The attachment id of get, download and delete comes from the header
 * {@code CamelJiraAttachmentId} or the option {@code attachmentId}.
 */
public final class AttachmentActions {

    static final String ATTACHMENT = "/rest/api/3/attachment/{id}";

    private AttachmentActions() {
    }

    /** {@code attachment/get}: {@code GET /rest/api/3/attachment/{id}}; the result is the metadata, without content. */
    public static JiraAction get(JiraConfiguration configuration) {
        return (exchange, client) -> {
            String id = attachmentId(exchange, configuration);
            Map<?, ?> metadata = (Map<?, ?>) Results.callIntoBody(exchange, client,
                    JiraRequest.get(PathTemplate.expand(ATTACHMENT, id)));
            exchange.getMessage().setHeader(JiraConstants.ATTACHMENT_ID, id);
            exchange.getMessage().setHeader(JiraConstants.FILE_NAME, metadata.get("filename"));
        };
    }

    /** {@code attachment/delete}: {@code DELETE /rest/api/3/attachment/{id}}; the result is empty. */
    public static JiraAction delete(JiraConfiguration configuration) {
        return (exchange, client) -> Results.callIntoBody(exchange, client,
                JiraRequest.delete(PathTemplate.expand(ATTACHMENT, attachmentId(exchange, configuration))));
    }

    static String attachmentId(Exchange exchange, JiraConfiguration configuration) {
        return ExchangeInputs.required(exchange, JiraConstants.ATTACHMENT_ID, configuration.getAttachmentId(),
                "attachmentId");
    }
}
