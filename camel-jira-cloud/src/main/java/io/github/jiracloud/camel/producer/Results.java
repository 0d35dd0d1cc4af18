package io.github.jiracloud.camel.producer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JiraResponse;
import org.apache.camel.Exchange;

/** Calls Jira for an action and puts results on the message the same way for every action. */
public final class Results {

    private Results() {
    }

    /** @return the parsed answer: Maps, Lists and scalars, or null for an empty answer */
    public static Object call(Exchange exchange, JiraClient client, JiraRequest request) {
        JiraResponse response = client.execute(request);
        exchange.getMessage().setHeader(JiraConstants.REQUEST_ID, response.requestId());
        return JiraClient.parse(request, response);
    }

    /** Calls Jira and makes the parsed answer the body. */
    public static Object callIntoBody(Exchange exchange, JiraClient client, JiraRequest request) {
        Object result = call(exchange, client, request);
        exchange.getMessage().setBody(result);
        return result;
    }

    /**
     * Puts paged results on the message: the lazy iterator itself with {@code streamResults=true}, otherwise a
     * List of every item, with its size in {@code CamelJiraResultCount}.
     */
    public static void items(Exchange exchange, Iterator<?> items, JiraConfiguration configuration) {
        if (configuration.isStreamResults()) {
            exchange.getMessage().setBody(items);
            return;
        }
        List<Object> all = new ArrayList<>();
        items.forEachRemaining(all::add);
        exchange.getMessage().setHeader(JiraConstants.RESULT_COUNT, all.size());
        exchange.getMessage().setBody(all);
    }
}
