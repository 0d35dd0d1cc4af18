package io.github.jiracloud.camel.client;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.camel.client.ratelimit.RateLimitHeaders;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.pool.ConnPoolControl;
import org.apache.hc.core5.pool.PoolStats;

/**
 * Sends one HTTP request over a pooled Apache HttpClient 5, and either reads the whole answer ({@link #send}) or
 * leaves a successful answer's body to be streamed ({@link #open}). It never retries: that is
 * {@link RetryingExecutor}'s job. I/O failures are classified by whether the request may have reached the server.
 */
public final class HttpTransport implements Closeable {

    private final CloseableHttpClient httpClient;
    private final ConnPoolControl<?> pool;

    public HttpTransport(CloseableHttpClient httpClient) {
        this(httpClient, null);
    }

    /** @param pool the client's connection pool, to report on; null when unknown */
    public HttpTransport(CloseableHttpClient httpClient, ConnPoolControl<?> pool) {
        this.httpClient = httpClient;
        this.pool = pool;
    }

    /** The connection pool's use now, or empty when the pool is not known (a client built elsewhere). */
    public Optional<ConnectionPoolStats> poolStats() {
        if (pool == null) {
            return Optional.empty();
        }
        PoolStats total = pool.getTotalStats();
        return Optional.of(new ConnectionPoolStats(total.getLeased(), total.getAvailable(),
                total.getPending(), total.getMax()));
    }

    public JiraResponse send(String method, URI url, Map<String, String> headers, byte[] body, ContentType contentType)
            throws TransportFailure {
        return send(method, url, headers, body == null ? null : new ByteArrayEntity(body, contentType));
    }

    /** @param body written to the connection as the request goes out (streamed when the entity streams), or null */
    public JiraResponse send(String method, URI url, Map<String, String> headers, HttpEntity body)
            throws TransportFailure {
        ClassicHttpRequest request = request(method, url, headers, body);
        try {
            return httpClient.execute(request, response -> {
                HttpEntity entity = response.getEntity();
                byte[] content = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
                return new JiraResponse(response.getCode(), requestId(response),
                        value(response.getFirstHeader("Retry-After")),
                        entity == null ? null : entity.getContentType(), content, rateLimit(response));
            });
        } catch (IOException e) {
            throw new TransportFailure(classify(e), e);
        }
    }

    /**
     * Sends a request without a body and hands back the answer with its body unread when it is a success (2xx); the
     * connection is released when that body is closed. Any other answer (a redirect, an error) is read whole.
     */
    public StreamedResponse open(String method, URI url, Map<String, String> headers) throws TransportFailure {
        ClassicHttpResponse response;
        try {
            response = httpClient.executeOpen(null, request(method, url, headers, null), null);
        } catch (IOException e) {
            throw new TransportFailure(classify(e), e);
        }
        try {
            Map<String, String> answerHeaders = new HashMap<>();
            for (Header header : response.getHeaders()) {
                answerHeaders.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
            }
            HttpEntity entity = response.getEntity();
            int status = response.getCode();
            if (status >= 200 && status < 300 && entity != null) {
                return new StreamedResponse(status, requestId(response), answerHeaders,
                        new ReleasingStream(entity.getContent(), response));
            }
            byte[] content = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
            response.close();
            return new StreamedResponse(status, requestId(response), answerHeaders, new ByteArrayInputStream(content));
        } catch (IOException e) {
            closeQuietly(response);
            throw new TransportFailure(RetryPolicy.Outcome.UNKNOWN, e);
        }
    }

    private static ClassicHttpRequest request(String method, URI url, Map<String, String> headers, HttpEntity body) {
        ClassicRequestBuilder builder = ClassicRequestBuilder.create(method).setUri(url);
        headers.forEach(builder::addHeader);
        if (body != null) {
            builder.setEntity(body);
        }
        return builder.build();
    }

    private static RetryPolicy.Outcome classify(IOException e) {
        boolean neverSent = e instanceof ConnectException || e instanceof ConnectTimeoutException
                || e instanceof UnknownHostException || e instanceof NoRouteToHostException
                || e instanceof ConnectionRequestTimeoutException;
        return neverSent ? RetryPolicy.Outcome.NOT_SENT : RetryPolicy.Outcome.UNKNOWN;
    }

    /** The rate-limit headers, read only when the answer has one (most have none); no allocation until then. */
    private static RateLimitHeaders rateLimit(ClassicHttpResponse response) {
        for (Header header : response.getHeaders()) {
            for (String name : RateLimitHeaders.NAMES) {
                if (name.equalsIgnoreCase(header.getName())) {
                    return RateLimitHeaders.parse(wanted -> value(response.getFirstHeader(wanted)));
                }
            }
        }
        return RateLimitHeaders.NONE;
    }

    private static String requestId(ClassicHttpResponse response) {
        String id = value(response.getFirstHeader("X-AREQUESTID"));
        return id != null ? id : value(response.getFirstHeader("atl-traceid"));
    }

    private static String value(Header header) {
        return header == null ? null : header.getValue();
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // the connection is discarded either way
        }
    }

    @Override
    public void close() throws IOException {
        httpClient.close();
    }

    /**
     * A response body that gives its connection back to the pool when read to the end and closed. Closed early, it
     * drops the connection instead: the default would read (and discard) the rest of a possibly huge download.
     */
    private static final class ReleasingStream extends FilterInputStream {

        private final ClassicHttpResponse response;
        private boolean ended;

        ReleasingStream(InputStream content, ClassicHttpResponse response) {
            super(content);
            this.response = response;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            ended |= b < 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            ended |= count < 0;
            return count;
        }

        @Override
        public void close() throws IOException {
            try {
                if (!ended && in instanceof EofSensorInputStream sensor) {
                    sensor.abort();
                } else {
                    super.close();
                }
            } finally {
                response.close();
            }
        }
    }
}
