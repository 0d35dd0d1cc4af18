package io.github.jiracloud.camel.producer.issue;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * Issue entity properties, {@code /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}}: small JSON documents
 * that apps keep on an issue. The key comes from the header {@code CamelJiraPropertyKey} or the option
 * {@code propertyKey}, and is set on every result.
 */
public final class IssuePropertyActions {

    private static final String PROPERTY = "/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}";

    private IssuePropertyActions() {
    }

    /** {@code issue/getProperty}: the property's value (any JSON, parsed); a missing property is a 404. */
    public static JiraAction get(JiraConfiguration configuration) {
        return (exchange, client) -> {
            Object property = Results.call(exchange, client, JiraRequest.get(path(exchange, configuration)));
            exchange.getMessage().setBody(property instanceof Map<?, ?> map ? map.get("value") : null);
        };
    }

    /** {@code issue/setProperty}: the body (any JSON value) becomes the property; the result is that value. */
    public static JiraAction set(JiraConfiguration configuration) {
        return (exchange, client) -> {
            Object body = exchange.getMessage().getBody();
            JsonNode value = JsonCodec.toTree(body, "The issue/setProperty body");
            if (value == null || value.isMissingNode()) {
                throw new IllegalArgumentException("The issue/setProperty body is empty: send the property value, "
                        + "any JSON such as {\"approved\": true}");
            }
            Results.call(exchange, client, JiraRequest.put(path(exchange, configuration), value));
            exchange.getMessage().setBody(JsonCodec.MAPPER.convertValue(value, Object.class));
        };
    }

    /** {@code issue/deleteProperty}: an empty body; a missing property is a 404. */
    public static JiraAction delete(JiraConfiguration configuration) {
        return (exchange, client) -> Results.callIntoBody(exchange, client,
                JiraRequest.delete(path(exchange, configuration)));
    }

    private static String path(Exchange exchange, JiraConfiguration configuration) {
        String issueKey = ExchangeInputs.issueKey(exchange, configuration.getIssueKey());
        String propertyKey = ExchangeInputs.required(exchange, JiraConstants.PROPERTY_KEY,
                configuration.getPropertyKey(), "propertyKey");
        exchange.getMessage().setHeader(JiraConstants.PROPERTY_KEY, propertyKey);
        return PathTemplate.expand(PROPERTY, issueKey, propertyKey);
    }
}
