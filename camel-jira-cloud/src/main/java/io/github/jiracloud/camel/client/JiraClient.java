package io.github.jiracloud.camel.client;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.hc.core5.http.ContentType;

/**
 * The authenticated, retried, error-mapped transport to one Jira site. Thread-safe; one per connection, shared by all
 * endpoints that use the same connection settings.
 */
public final class JiraClient implements Closeable {

    private final HttpTransport transport;
    private final RetryingExecutor executor;
    private final Authenticator authenticator;
    private final Supplier<String> apiBase;
    private final Map<Class<?>, Object> connectionState = new ConcurrentHashMap<>();

    /**
     * @param apiBase the URL that API paths are appended to, e.g. {@code https://your-domain.atlassian.net} or
     *                {@code https://api.atlassian.com/ex/jira/<cloudId>}; asked for on each call, so it may be
     *                discovered lazily
     */
    public JiraClient(HttpTransport transport, RetryingExecutor executor, Authenticator authenticator,
                      Supplier<String> apiBase) {
        this.transport = transport;
        this.executor = executor;
        this.authenticator = authenticator;
        this.apiBase = apiBase;
    }

    /**
     * Sends the request, retrying as the policy allows and renewing an OAuth token once after a 401.
     *
     * @return the successful answer
     * @throws io.github.jiracloud.camel.error.JiraException for any error answer or transport failure
     */
    public JiraResponse execute(JiraRequest request) {
        URI url = URI.create(apiBase.get() + request.path() + queryString(request.query()));
        byte[] body = serialize(request);
        String authorization = authenticator.authorization();
        JiraResponse response = send(request, url, body, authorization);
        if (response.status() == 401 && authenticator.renewAfterRejection(authorization)) {
            response = send(request, url, body, authenticator.authorization());
        }
        if (!response.isSuccess()) {
            String hint = response.status() == 401 ? authenticator.rejectionHint() : null;
            throw ErrorMapper.toException(request.method(), request.path(), response, hint);
        }
        return response;
    }

    /** {@link #execute} and parse: Maps, Lists and scalars, or null for an empty answer (204). */
    public Object call(JiraRequest request) {
        JiraResponse response = execute(request);
        return response.hasBody() ? JsonCodec.readValue(response.body()) : null;
    }

    /**
     * State that lives as long as this connection, one instance per type, created on first use: for example the
     * catalogue of field names, which is the same for every endpoint of the connection.
     */
    public <T> T state(Class<T> type, Supplier<T> factory) {
        return type.cast(connectionState.computeIfAbsent(type, key -> factory.get()));
    }

    private JiraResponse send(JiraRequest request, URI url, byte[] body, String authorization) {
        Map<String, String> headers = Map.of("Authorization", authorization, "Accept", "application/json");
        return executor.execute(request.method(), request.path(), request.isIdempotent(),
                () -> transport.send(request.method(), url, headers, body, ContentType.APPLICATION_JSON));
    }

    private static byte[] serialize(JiraRequest request) {
        if (request.body() == null) {
            return null;
        }
        try {
            return JsonCodec.MAPPER.writeValueAsBytes(request.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body of " + request + " cannot be written as JSON", e);
        }
    }

    static String queryString(Map<String, List<String>> query) {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        query.forEach((name, values) -> values.forEach(value -> text.append(text.length() == 0 ? '?' : '&')
                .append(encode(name)).append('=').append(encode(value))));
        return text.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
