package io.github.jiracloud.app.onboarding;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.camel.auth.OAuthTokenEndpoint;
import io.github.jiracloud.camel.auth.TokenGrant;
import io.github.jiracloud.camel.client.HostPolicy;
import io.github.jiracloud.camel.client.HttpTransport;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JiraResponse;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.RetryPolicy;
import io.github.jiracloud.camel.client.RetryingExecutor;
import io.github.jiracloud.camel.client.Sleeper;
import io.github.jiracloud.camel.error.JiraAuthenticationException;
import io.github.jiracloud.camel.error.JiraConsentRequiredException;
import io.github.jiracloud.camel.error.JiraException;
import io.github.jiracloud.camel.error.JiraPermissionException;
import io.github.jiracloud.camel.error.JiraTransportException;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.Timeout;

/**
 * Atlassian's side of the consent: the authorization URL the browser is sent to, the token endpoint that trades the
 * code for tokens, and the list of sites the consent covers. Uses the component's transport and token endpoint, so
 * retries and error mapping are the ones every Jira call gets; failures become {@link OnboardingProblem}s that name
 * the setting to fix.
 */
final class AtlassianAuthorization implements AutoCloseable {

    static final String OFFLINE_ACCESS = "offline_access";
    private static final String AUDIENCE = "api.atlassian.com";

    private final HttpTransport transport = new HttpTransport(HttpClients.custom()
            .setDefaultRequestConfig(RequestConfig.custom()
                    .setConnectionRequestTimeout(Timeout.ofSeconds(10))
                    .setResponseTimeout(Timeout.ofSeconds(30))
                    .setRedirectsEnabled(false).build())
            .disableAutomaticRetries().disableCookieManagement().setUserAgent("camel-jira-cloud-onboarding").build());
    private final RetryingExecutor executor = new RetryingExecutor(
            new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(5)), Sleeper.SYSTEM,
            RetryingExecutor.RetryListener.NONE);

    /** Where to send the browser: Atlassian's consent screen for this connection's app and scopes. */
    URI authorizeUrl(ConnectionProfile connection, String redirectUri, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("audience", AUDIENCE);
        query.put("client_id", connection.clientId().orElseThrow());
        query.put("scope", scopes(connection));
        query.put("redirect_uri", redirectUri);
        query.put("state", state);
        query.put("response_type", "code");
        query.put("prompt", "consent");
        return URI.create(connection.authorizationUrl() + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    /** The configured scopes and {@code offline_access}, without which Atlassian gives no refresh token. */
    static String scopes(ConnectionProfile connection) {
        Set<String> scopes = new LinkedHashSet<>(connection.scopes());
        scopes.add(OFFLINE_ACCESS);
        return String.join(" ", scopes);
    }

    TokenGrant exchangeCode(ConnectionProfile connection, String code, String redirectUri) {
        URI tokenUrl = checked(connection, "token-url", connection.tokenUrl());
        OAuthTokenEndpoint endpoint = new OAuthTokenEndpoint(transport, executor, tokenUrl,
                connection.clientId().orElseThrow(), connection.clientSecret().orElseThrow());
        try {
            TokenGrant grant = endpoint.exchangeCode(code, redirectUri);
            if (grant.refreshToken() == null) {
                throw OnboardingProblem.upstream("Atlassian gave no refresh token for connection '" + connection.name()
                        + "', so it could not stay connected. Check that the app in the developer console allows "
                        + "offline access, then connect again.", "token endpoint answered without a refresh token");
            }
            return grant;
        } catch (JiraConsentRequiredException e) {
            throw OnboardingProblem.badRequest("The authorization code was refused: it expired (codes are valid for "
                    + "10 minutes) or was already used. Connect again from the connections page.",
                    "token endpoint refused the authorization code (invalid_grant)");
        } catch (JiraAuthenticationException | JiraPermissionException e) {
            throw OnboardingProblem.upstream("Atlassian refused the app's credentials for connection '"
                    + connection.name() + "' (invalid client). Check " + connection.configKey() + ".client-id and "
                    + connection.configKey() + ".client-secret against the app's Settings in the developer console "
                    + "(https://developer.atlassian.com/console/myapps/).",
                    "token endpoint refused the client credentials (HTTP " + e.getStatus() + ")");
        } catch (JiraTransportException e) {
            throw unreachable(connection, "token endpoint");
        } catch (JiraException e) {
            throw OnboardingProblem.upstream("Atlassian's token endpoint failed (HTTP " + e.getStatus() + "). Try "
                    + "again in a moment.", "token endpoint answered HTTP " + e.getStatus());
        }
    }

    /** The sites the access token of a fresh consent may use. */
    List<AccessibleSite> accessibleSites(ConnectionProfile connection, String accessToken) {
        URI url = checked(connection, "api-url", connection.apiUrl().replaceAll("/+$", "")
                + "/oauth/token/accessible-resources");
        JiraResponse response;
        try {
            response = executor.execute(JiraRequest.get(url.getPath()), () -> transport.send("GET", url,
                    Map.of("Accept", "application/json", "Authorization", "Bearer " + accessToken), null, null));
        } catch (JiraTransportException e) {
            throw unreachable(connection, "accessible-resources endpoint");
        }
        if (!response.isSuccess()) {
            throw OnboardingProblem.upstream("Atlassian did not list the sites of the new consent (HTTP "
                    + response.status() + "). Connect again in a moment.",
                    "accessible-resources answered HTTP " + response.status());
        }
        List<AccessibleSite> sites = new ArrayList<>();
        for (JsonNode site : readJson(response)) {
            List<String> scopes = new ArrayList<>();
            site.path("scopes").forEach(scope -> scopes.add(scope.asText()));
            sites.add(new AccessibleSite(site.path("id").asText(), site.path("name").asText(),
                    site.path("url").asText(), List.copyOf(scopes)));
        }
        return sites;
    }

    private static JsonNode readJson(JiraResponse response) {
        try {
            JsonNode json = JsonCodec.readTree(response.body());
            if (!json.isArray()) {
                throw new IOException("not a JSON array");
            }
            return json;
        } catch (IOException | RuntimeException e) {
            throw OnboardingProblem.upstream("Atlassian listed the sites of the consent in a form this application "
                    + "does not understand.", "accessible-resources answered with a body that is not a JSON array");
        }
    }

    private static URI checked(ConnectionProfile connection, String key, String url) {
        try {
            return new HostPolicy(connection.allowedHosts().orElse(null)).check(connection.configKey() + "." + key,
                    url);
        } catch (IllegalArgumentException e) {
            throw OnboardingProblem.badRequest(e.getMessage(), "refused to call " + key + " of the connection: "
                    + e.getMessage());
        }
    }

    private static OnboardingProblem unreachable(ConnectionProfile connection, String what) {
        return OnboardingProblem.upstream("Atlassian's " + what + " could not be reached for connection '"
                + connection.name() + "'. Check the network (proxy, firewall) and try again.",
                what + " unreachable");
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
