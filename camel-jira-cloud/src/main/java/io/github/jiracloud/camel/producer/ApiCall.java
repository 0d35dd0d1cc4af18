package io.github.jiracloud.camel.producer;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import org.apache.camel.Exchange;

/**
 * {@code api/call}: the escape hatch. Any method and path under {@code /rest/} on the same authenticated, retried,
 * error-mapped connection; query parameters from the header {@code CamelJiraQuery}; the body as JSON.
 */
final class ApiCall implements JiraAction {

    private final JiraConfiguration configuration;

    ApiCall(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        String method = ExchangeInputs.required(exchange, JiraConstants.HTTP_METHOD, configuration.getHttpMethod(),
                "httpMethod").toUpperCase(Locale.ROOT);
        if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
            throw new IllegalArgumentException("api/call supports the methods GET, POST, PUT, DELETE and PATCH, not "
                    + method);
        }
        String path = ExchangeInputs.required(exchange, JiraConstants.PATH, configuration.getPath(), "path");
        JiraRequest request = JiraRequest.of(method, checkedPath(path), body(exchange, method));
        for (Map.Entry<?, ?> parameter : query(exchange).entrySet()) {
            Object value = parameter.getValue();
            for (Object each : value instanceof Iterable<?> values ? values : List.of(value)) {
                request = request.withQuery(parameter.getKey().toString(), each);
            }
        }
        Results.callIntoBody(exchange, client, request);
    }

    /** Only Jira's REST APIs, and no way out of them: the path is appended to the connection's base URL. */
    static String checkedPath(String path) {
        if (!path.startsWith("/rest/")) {
            throw new IllegalArgumentException(
                    "The api/call path must start with /rest/ (e.g. /rest/api/3/serverInfo), "
                            + "was: " + path);
        }
        if (path.contains("?") || path.contains("#")) {
            throw new IllegalArgumentException("The api/call path must not carry a query or fragment: put query "
                    + "parameters in the header " + JiraConstants.QUERY + ", was: " + path);
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".") || segment.toLowerCase(Locale.ROOT).contains("%2e%2e")) {
                throw new IllegalArgumentException("The api/call path must not contain dot segments, was: " + path);
            }
        }
        return path;
    }

    private static JsonNode body(Exchange exchange, String method) {
        Object body = exchange.getMessage().getBody();
        if (body == null || method.equals("GET") || method.equals("DELETE")) {
            return null;
        }
        return JsonCodec.toTree(body, "The api/call body");
    }

    private static Map<?, ?> query(Exchange exchange) {
        Object query = exchange.getMessage().getHeader(JiraConstants.QUERY);
        if (query == null) {
            return Map.of();
        }
        if (query instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException("The header " + JiraConstants.QUERY + " must be a Map of query parameters, "
                + "was " + query.getClass().getName());
    }
}
