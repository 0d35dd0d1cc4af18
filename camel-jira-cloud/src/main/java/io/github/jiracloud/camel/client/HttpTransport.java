package io.github.jiracloud.camel.client;

import java.io.Closeable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * Sends one HTTP request over a pooled Apache HttpClient 5 and reads the whole answer. It never retries: that is
 * {@link RetryingExecutor}'s job. I/O failures are classified by whether the request may have reached the server.
 */
public final class HttpTransport implements Closeable {

    private final CloseableHttpClient httpClient;

    public HttpTransport(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public JiraResponse send(String method, URI url, Map<String, String> headers, byte[] body, ContentType contentType)
            throws TransportFailure {
        ClassicRequestBuilder builder = ClassicRequestBuilder.create(method).setUri(url);
        headers.forEach(builder::addHeader);
        if (body != null) {
            builder.setEntity(new ByteArrayEntity(body, contentType));
        }
        ClassicHttpRequest request = builder.build();
        try {
            return httpClient.execute(request, response -> {
                HttpEntity entity = response.getEntity();
                byte[] content = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
                return new JiraResponse(response.getCode(), requestId(response.getFirstHeader("X-AREQUESTID"),
                        response.getFirstHeader("atl-traceid")), value(response.getFirstHeader("Retry-After")),
                        entity == null ? null : entity.getContentType(), content);
            });
        } catch (IOException e) {
            throw new TransportFailure(classify(e), e);
        }
    }

    private static RetryPolicy.Outcome classify(IOException e) {
        boolean neverSent = e instanceof ConnectException || e instanceof ConnectTimeoutException
                || e instanceof UnknownHostException || e instanceof NoRouteToHostException
                || e instanceof ConnectionRequestTimeoutException;
        return neverSent ? RetryPolicy.Outcome.NOT_SENT : RetryPolicy.Outcome.UNKNOWN;
    }

    private static String requestId(Header areqId, Header traceId) {
        String id = value(areqId);
        return id != null ? id : value(traceId);
    }

    private static String value(Header header) {
        return header == null ? null : header.getValue();
    }

    @Override
    public void close() throws IOException {
        httpClient.close();
    }
}
