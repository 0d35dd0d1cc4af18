package io.github.jiracloud.camel.producer;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JiraResponse;
import io.github.jiracloud.camel.client.JsonCodec;
import org.apache.camel.Exchange;

/** Calls Jira for an action and records the request id on the message. */
final class Results {

    private Results() {
    }

    /** @return the parsed answer: Maps, Lists and scalars, or null for an empty answer */
    static Object call(Exchange exchange, JiraClient client, JiraRequest request) {
        JiraResponse response = client.execute(request);
        exchange.getMessage().setHeader(JiraConstants.REQUEST_ID, response.requestId());
        return response.hasBody() ? JsonCodec.readValue(response.body()) : null;
    }
}
