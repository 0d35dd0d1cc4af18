package io.github.jiracloud.camel.connection;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.camel.auth.AccessTokenProvider;
import io.github.jiracloud.camel.client.ErrorMapper;
import io.github.jiracloud.camel.client.HttpTransport;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JiraResponse;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.RetryingExecutor;
import io.github.jiracloud.camel.error.JiraErrorDetails;
import io.github.jiracloud.camel.error.JiraException;

/**
 * Finds the cloud id that OAuth calls need ({@code /ex/jira/<cloudId>}): from the site's public
 * {@code /_edge/tenant_info}, or, without a site, from the sites the token may access.
 */
public final class CloudIdResolver {

    private static final Map<String, String> ACCEPT_JSON = Map.of("Accept", "application/json");

    private final HttpTransport transport;
    private final RetryingExecutor executor;

    public CloudIdResolver(HttpTransport transport, RetryingExecutor executor) {
        this.transport = transport;
        this.executor = executor;
    }

    /** @param siteUrl e.g. {@code https://acme.atlassian.net} */
    public String fromSite(String siteUrl) {
        JsonNode json = get(URI.create(siteUrl + "/_edge/tenant_info"), ACCEPT_JSON);
        String cloudId = json.path("cloudId").asText(null);
        if (cloudId == null) {
            throw new IllegalStateException("The site " + siteUrl + " answered tenant_info without a cloudId; set the "
                    + "option cloudId");
        }
        return cloudId;
    }

    /** @param apiUrl e.g. {@code https://api.atlassian.com} */
    public String fromAccessibleResources(String apiUrl, AccessTokenProvider tokens) {
        JsonNode sites = get(URI.create(apiUrl + "/oauth/token/accessible-resources"),
                Map.of("Accept", "application/json", "Authorization", "Bearer " + tokens.accessToken()));
        if (sites.size() == 1) {
            return sites.get(0).path("id").asText();
        }
        List<String> names = new ArrayList<>();
        sites.forEach(site -> names.add(site.path("url").asText() + " (cloudId " + site.path("id").asText() + ")"));
        throw new IllegalStateException(sites.isEmpty()
                ? "The OAuth token gives access to no Jira site: the user must consent for a site"
                : "The OAuth token gives access to several Jira sites; choose one with the option site or cloudId: "
                        + String.join(", ", names));
    }

    private JsonNode get(URI url, Map<String, String> headers) {
        JiraResponse response = executor.execute(JiraRequest.get(url.getPath()),
                () -> transport.send("GET", url, headers, null, null));
        if (!response.isSuccess()) {
            throw ErrorMapper.toException("GET", url.getPath(), response, "The cloud id could not be discovered; set "
                    + "the option cloudId");
        }
        try {
            return JsonCodec.readTree(response.body());
        } catch (Exception e) {
            throw new JiraException(new JiraErrorDetails(response.status(), "GET", url.getPath(),
                    List.of("the answer is not JSON"), null, response.requestId(), "Set the option cloudId"), e);
        }
    }
}
