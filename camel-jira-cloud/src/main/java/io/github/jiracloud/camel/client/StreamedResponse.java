package io.github.jiracloud.camel.client;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import io.github.jiracloud.camel.client.ratelimit.RateLimitHeaders;

/**
 * An answer whose body is read as it arrives, for downloads of any size. A successful answer holds its connection
 * until the body is closed, so the caller must close it; any other answer was read whole and holds nothing.
 */
public final class StreamedResponse implements HttpAnswer, Closeable {

    private final int status;
    private final String requestId;
    private final Map<String, String> headers;
    private final InputStream body;

    /** @param headers the first value of each header, by lower-case name */
    StreamedResponse(int status, String requestId, Map<String, String> headers, InputStream body) {
        this.status = status;
        this.requestId = requestId;
        this.headers = Map.copyOf(headers);
        this.body = body;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String retryAfter() {
        return header("Retry-After");
    }

    public String requestId() {
        return requestId;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** A redirect that says where to: 301, 302, 303, 307 or 308 with a {@code Location}. */
    public boolean isRedirect() {
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
                && header("Location") != null;
    }

    @Override
    public RateLimitHeaders rateLimit() {
        return RateLimitHeaders.parse(this::header);
    }

    /** The first value of a header, by case-insensitive name, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The content; for a successful answer, streamed from the connection until closed. */
    public InputStream body() {
        return body;
    }

    /** This answer read whole, for error mapping; only for answers that were not successful. */
    JiraResponse buffered() {
        try (InputStream content = body) {
            return new JiraResponse(status, requestId, retryAfter(), header("Content-Type"), content.readAllBytes(),
                    rateLimit());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
