package io.github.jiracloud.camel.client;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.jiracloud.camel.error.JiraErrorDetails;
import io.github.jiracloud.camel.error.JiraException;

/**
 * The authenticated, retried, error-mapped transport to one Jira site. Thread-safe; one per connection, shared by all
 * endpoints that use the same connection settings.
 */
public final class JiraClient implements Closeable {

    private static final int MAX_REDIRECTS = 5;

    private final HttpTransport transport;
    private final RetryingExecutor executor;
    private final Authenticator authenticator;
    private final Supplier<String> apiBase;
    private final HostPolicy hosts;
    private final Map<Class<?>, Object> connectionState = new ConcurrentHashMap<>();

    /**
     * @param apiBase the URL that API paths are appended to, e.g. {@code https://your-domain.atlassian.net} or
     *     {@code https://api.atlassian.com/ex/jira/<cloudId>}; asked for on each call, so it may be
     *     discovered lazily
     * @param hosts the hosts a download may be redirected to
     */
    public JiraClient(HttpTransport transport, RetryingExecutor executor, Authenticator authenticator,
            Supplier<String> apiBase, HostPolicy hosts) {
        this.transport = transport;
        this.executor = executor;
        this.authenticator = authenticator;
        this.apiBase = apiBase;
        this.hosts = hosts;
    }

    /**
     * Sends the request, retrying as the policy allows and renewing an OAuth token once after a 401 (not after one for
     * missing scopes).
     *
     * @return the successful answer, or an error answer the request asked for ({@link JiraRequest#withAnswerStatus})
     * @throws io.github.jiracloud.camel.error.JiraException for any error answer or transport failure
     */
    public JiraResponse execute(JiraRequest request) {
        return execute(request, RequestBody.json(serialize(request)));
    }

    /**
     * Uploads one file as {@code multipart/form-data} in the form part {@code partName}, e.g. Jira's attachments.
     * The file is copied to the connection as it is sent. The upload is retried (on 429, 503 or a connection that
     * could not be opened) or re-sent after a 401 only when the file can be sent again, so a stream is never sent
     * twice nor half.
     *
     * @param request a POST without a JSON body; its path and query are used
     */
    public JiraResponse upload(JiraRequest request, String partName, FileUpload file) {
        return execute(request, RequestBody.multipart(partName, file));
    }

    /** {@link #execute} and parse: Maps, Lists and scalars, or null for an empty answer (204). */
    public Object call(JiraRequest request) {
        return parse(request, execute(request));
    }

    /**
     * Jira's answer to a request as Maps, Lists and scalars, or null for an empty answer (204).
     *
     * @throws JiraException when the answer is not JSON, naming the call
     */
    public static Object parse(JiraRequest request, JiraResponse response) {
        if (response.found() != null) {
            return response.found().result();
        }
        if (!response.hasBody()) {
            return null;
        }
        try {
            return JsonCodec.readValue(response.body());
        } catch (IllegalStateException e) {
            throw new JiraException(new JiraErrorDetails(response.status(), request.method(), request.path(),
                    List.of("the answer is not valid JSON (" + response.contentType() + "): "
                            + ErrorMapper.snippet(response.bodyText())),
                    null, response.requestId(), null), e);
        }
    }

    /**
     * GETs content to be streamed, e.g. an attachment. Redirects are followed here, only to Atlassian's hosts (its
     * media service) or {@code allowedHosts}, and the Authorization header goes only to the API's own origin (scheme,
     * host and port): Jira redirects downloads to a media service that authorizes by a token in the link, and
     * credentials must never reach another host.
     *
     * @return the successful answer, its body still on the connection; the caller must close it
     * @throws io.github.jiracloud.camel.error.JiraException for any error answer or transport failure
     */
    public StreamedResponse download(JiraRequest request) {
        URI url = url(request);
        StreamedResponse response = authorized(request, RequestBody.none(),
                authorization -> executor.execute(request,
                        () -> transport.open(request.method(), url, downloadHeaders(authorization))),
                answer -> answer.isSuccess() || answer.isRedirect(), StreamedResponse::buffered);
        return followRedirects(request, url, response);
    }

    /** The connection's rate-limit state: whether its quota is spent, and until when. */
    public io.github.jiracloud.camel.client.ratelimit.RateLimitGate rateLimits() {
        return executor.rateLimits();
    }

    /**
     * Waits as the connection waits between retries (its injectable sleeper, so tests need not wait), e.g. between
     * two looks at a bulk task's progress.
     */
    public void pause(java.time.Duration delay) {
        executor.pause(delay);
    }

    /** The HTTP connection pool's use now, e.g. to check that no call holds a connection it never gave back. */
    public Optional<ConnectionPoolStats> poolStats() {
        return transport.poolStats();
    }

    /**
     * State that lives as long as this connection, one instance per type, created on first use: for example the
     * catalogue of field names, which is the same for every endpoint of the connection.
     */
    public <T> T state(Class<T> type, Supplier<T> factory) {
        return type.cast(connectionState.computeIfAbsent(type, key -> factory.get()));
    }

    /**
     * A create made exactly once looks first for what an earlier attempt at it may have made, and tells its
     * {@link ExactlyOnce.Attempts} how the attempt ended; the retries look for it whenever an answer is lost.
     */
    private JiraResponse execute(JiraRequest request, RequestBody body) {
        ExactlyOnce once = request.exactlyOnce();
        if (once == null) {
            return send(request, body);
        }
        return once.attempt(() -> {
            if (once.looksFirst()) {
                // Throws JiraOutcomeUnknownException while search doesn't show it: never created blind.
                Optional<OutcomeCheck.Found> earlier = executor.lookUp(request,
                        "an earlier attempt's answer was lost");
                if (earlier.isPresent()) {
                    return JiraResponse.of(earlier.get());
                }
            }
            return send(request, body);
        });
    }

    private JiraResponse send(JiraRequest request, RequestBody body) {
        URI url = url(request);
        return authorized(request, body, authorization -> {
            Map<String, String> headers = new HashMap<>(body.headers());
            headers.put("Authorization", authorization);
            headers.put("Accept", "application/json");
            return executor.execute(request, new RetryingExecutor.Attempt<>() {
                @Override
                public JiraResponse send() throws TransportFailure {
                    return whole(request, transport.send(request.method(), url, headers, body.entity()));
                }

                @Override
                public boolean canSendAgain() {
                    return body.canSendAgain();
                }

                @Override
                public JiraResponse lookedUp(OutcomeCheck.Found found) {
                    return JiraResponse.of(found);
                }
            });
        }, response -> request.isAnswer(response.status()), response -> response);
    }

    /**
     * A success that can't be all of Jira's answer is treated like an answer that never came, so that an idempotent
     * call is tried again and a write is looked for, instead of an empty or foreign body passing on as a result: no
     * body where one must be (204 means none is meant), or an HTML page, which is a proxy's or a login screen's,
     * never Jira's API.
     */
    private static JiraResponse whole(JiraRequest request, JiraResponse response) throws TransportFailure {
        if (!response.isSuccess()) {
            return response;
        }
        if (request.expectsBody() && !response.hasBody() && response.status() != 204) {
            throw TransportFailure.incompleteAnswer("Jira answered " + response.status() + " without a body");
        }
        String type = response.contentType() == null ? "" : response.contentType().toLowerCase(Locale.ROOT);
        if (response.hasBody() && type.startsWith("text/html")) {
            throw TransportFailure.incompleteAnswer("Jira answered " + response.status()
                    + " with an HTML page instead of JSON: " + ErrorMapper.snippet(response.bodyText()));
        }
        return response;
    }

    /**
     * The one place where every call is authorized: the current credential, one renewal after a 401 when a fresh
     * credential exists and the body can be sent again, and Jira's error answers turned into typed exceptions. A 401
     * for missing scopes renews nothing: a new token has the same scopes, and with rotating refresh tokens each
     * renewal spends one.
     *
     * @param send one call (with its retries) with the given Authorization value
     * @param isAnswer which answers are returned rather than thrown
     * @param whole an answer read whole, for the error message
     */
    private <R extends HttpAnswer> R authorized(JiraRequest request, RequestBody body, Function<String, R> send,
            Predicate<R> isAnswer, Function<R, JiraResponse> whole) {
        String authorization = authenticator.authorization();
        R response = send.apply(authorization);
        JiraResponse refused = null;
        if (response.status() == 401 && !isAnswer.test(response)) {
            refused = whole.apply(response);
            if (!ErrorMapper.isScopeMismatch(refused) && body.canSendAgain()
                    && authenticator.renewAfterRejection(authorization)) {
                response = send.apply(authenticator.authorization());
                refused = null;
            }
        }
        if (!isAnswer.test(response)) {
            JiraResponse answer = refused != null ? refused : whole.apply(response);
            throw ErrorMapper.toException(request.method(), request.path(), answer, hint(request, answer));
        }
        return response;
    }

    private String hint(JiraRequest request, JiraResponse answer) {
        if (answer.status() != 401) {
            return null;
        }
        return ErrorMapper.isScopeMismatch(answer)
                ? ErrorMapper.scopeHint(request.method(), request.path(), authenticator.scopeHint())
                : authenticator.rejectionHint();
    }

    private StreamedResponse followRedirects(JiraRequest request, URI origin, StreamedResponse first) {
        StreamedResponse response = first;
        URI current = origin;
        for (int hop = 1; response.isRedirect(); hop++) {
            closeQuietly(response);
            URI next = redirectTarget(request, current, response.header("Location"), hop);
            Map<String, String> headers = sameOrigin(origin, next)
                    ? downloadHeaders(authenticator.authorization())
                    : Map.of("Accept", "*/*");
            // Errors name the path only: a media link carries its token in the query.
            response = executor.execute(JiraRequest.get(next.getRawPath()), () -> transport.open("GET", next, headers));
            current = next;
        }
        if (!response.isSuccess()) {
            throw ErrorMapper.toException("GET", current.getRawPath(), response.buffered(), null);
        }
        return response;
    }

    private URI redirectTarget(JiraRequest request, URI from, String location, int hop) {
        URI next = from.resolve(location.strip());
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        String problem = hop > MAX_REDIRECTS
                ? "more than " + MAX_REDIRECTS + " redirects"
                : !scheme.equals("https") && !scheme.equals("http")
                        ? "a redirect to a " + scheme + " URL"
                        : from.getScheme().equalsIgnoreCase("https") && scheme.equals("http")
                                ? "a redirect from https to http"
                                : hosts.redirectRefusal(next);
        if (problem != null) {
            throw new JiraException(new JiraErrorDetails(0, request.method(), request.path(),
                    List.of("The download was not followed: " + problem), null, null, null));
        }
        return next;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static Map<String, String> downloadHeaders(String authorization) {
        return Map.of("Authorization", authorization, "Accept", "*/*");
    }

    private URI url(JiraRequest request) {
        return URI.create(apiBase.get() + request.path() + queryString(request.query()));
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // a redirect's body is empty and already read
        }
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
