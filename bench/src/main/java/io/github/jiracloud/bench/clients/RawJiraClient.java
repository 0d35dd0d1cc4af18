package io.github.jiracloud.bench.clients;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * The baseline: a pooled Apache HttpClient 5 (the transport the component uses) with a Basic header and a Jackson
 * parse, nothing else. No retries, no error mapping: the least a client can do.
 */
public final class RawJiraClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JiraSite site;
    private final String authorization;
    private final CloseableHttpClient http;

    public RawJiraClient(JiraSite site, int maxConnections) {
        this.site = site;
        this.authorization = site.basicAuthorization();
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(maxConnections).setMaxConnPerRoute(maxConnections).build())
                // The component's transport settings, so both do the same work per request.
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .build();
    }

    public Map<?, ?> getIssue(String key) throws IOException {
        return send(ClassicRequestBuilder.get(site.baseUrl() + "/rest/api/3/issue/" + key));
    }

    public Map<?, ?> createIssue(String summary) throws IOException {
        return send(withJson(ClassicRequestBuilder.post(site.baseUrl() + "/rest/api/3/issue"),
                IssueRequests.jiraCreateBody(summary)));
    }

    /** One page of {@code POST /rest/api/3/search/jql}. */
    public Map<?, ?> searchPage(String jql, List<String> fields, int maxResults, String nextPageToken)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jql", jql);
        body.put("fields", fields);
        body.put("maxResults", maxResults);
        if (nextPageToken != null) {
            body.put("nextPageToken", nextPageToken);
        }
        return send(withJson(ClassicRequestBuilder.post(site.baseUrl() + "/rest/api/3/search/jql"), body));
    }

    private static ClassicRequestBuilder withJson(ClassicRequestBuilder builder, Object body) throws IOException {
        return builder.setEntity(new ByteArrayEntity(JSON.writeValueAsBytes(body), ContentType.APPLICATION_JSON));
    }

    private Map<?, ?> send(ClassicRequestBuilder builder) throws IOException {
        ClassicHttpRequest request = builder.addHeader("Authorization", authorization)
                .addHeader("Accept", "application/json").build();
        return http.execute(request, response -> {
            byte[] body = EntityUtils.toByteArray(response.getEntity());
            if (response.getCode() >= 300) {
                throw new IOException("HTTP " + response.getCode() + ": " + new String(body));
            }
            return JSON.readValue(body, Map.class);
        });
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
