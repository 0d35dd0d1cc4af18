package io.github.jiracloud.camel.producer.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * {@code api/call}: the escape hatch. Any method and path under {@code /rest/} on the same authenticated, retried,
 * error-mapped connection; query parameters from the header {@code CamelJiraQuery}; the body as JSON.
 */
public final class ApiCall implements JiraAction {

    private final JiraConfiguration configuration;

    public ApiCall(JiraConfiguration configuration) {
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

    /**
     * Only Jira's REST APIs, and no way out of them: the path is appended to the connection's base URL. Jira's server
     * (Tomcat) decodes {@code %2e} to a dot and reads {@code ..;param} as {@code ..} before it resolves the path, so
     * every segment is checked the way the server will read it: percent-decoded until nothing changes, path
     * parameters cut off. Encoded slashes and backslashes are refused too, since a server may split segments on them.
     */
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
        for (String segment : path.split("/", -1)) {
            String decoded = decoded(segment, path);
            int parameters = decoded.indexOf(';');
            String name = parameters >= 0 ? decoded.substring(0, parameters) : decoded;
            if (name.equals(".") || name.equals("..") || decoded.contains("/") || decoded.contains("\\")) {
                throw new IllegalArgumentException("The api/call path must not contain dot segments (also not "
                        + "encoded, nor followed by ';') or encoded slashes, was: " + path);
            }
        }
        return path;
    }

    /** The segment percent-decoded until it no longer changes (so {@code %252e} is a dot as well). */
    private static String decoded(String segment, String path) {
        String current = segment;
        for (int round = 0; round < 5 && current.indexOf('%') >= 0; round++) {
            String next;
            try {
                next = URLDecoder.decode(current.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The api/call path has a '%' that is not followed by two hex "
                        + "digits, was: " + path, e);
            }
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
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
