package io.github.jiracloud.camel.producer;

import io.github.jiracloud.camel.client.JiraClient;
import org.apache.camel.Exchange;

/** One {@code resource/action}: reads the exchange, calls Jira, and puts the parsed result in the message. */
@FunctionalInterface
public interface JiraAction {

    void perform(Exchange exchange, JiraClient client) throws Exception;

    /**
     * Whether the action uploads the body as it is. The producer reads any other streamed body once as text, so that
     * JSON, plain text and Markdown all work from it and a retry does not find it consumed.
     */
    default boolean uploadsBody() {
        return false;
    }
}
