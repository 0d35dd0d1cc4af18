package io.github.jiracloud.camel.producer.search;

import java.util.Map;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;

/** The search resource: JQL searches and counts. */
public final class SearchActions {

    private SearchActions() {
    }

    /**
     * {@code search/count}: {@code POST /rest/api/3/search/approximate-count}; the count also in CamelJiraResultCount.
     */
    public static JiraAction count(JiraConfiguration configuration) {
        return (exchange, client) -> {
            String jql = ExchangeInputs.required(exchange, JiraConstants.JQL, configuration.getJql(), "jql");
            Object result = Results.callIntoBody(exchange, client,
                    JiraRequest.query("/rest/api/3/search/approximate-count",
                            JsonCodec.MAPPER.createObjectNode().put("jql", jql)));
            exchange.getMessage().setHeader(JiraConstants.RESULT_COUNT, ((Map<?, ?>) result).get("count"));
        };
    }
}
