package io.github.jiracloud.app.tokens;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiracloud.camel.auth.TokenGrant;
import io.github.jiracloud.camel.auth.TokenRefresher;
import io.github.jiracloud.camel.client.HostPolicy;
import io.github.jiracloud.camel.error.JiraAuthenticationException;
import io.github.jiracloud.camel.error.JiraConsentRequiredException;
import io.github.jiracloud.camel.error.JiraErrorDetails;
import io.github.jiracloud.camel.error.JiraException;
import io.github.jiracloud.camel.error.JiraTransportException;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClientConfigBuilder;
import io.quarkus.oidc.client.OidcClientException;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.oidc.client.runtime.OidcClientConfig;
import io.quarkus.oidc.common.runtime.config.OidcClientCommonConfig.Credentials.Secret.Method;

/**
 * The refresh grant through Quarkus' OIDC client: one client per OAuth connection, created from the connection's
 * token URL (Atlassian's {@code https://auth.atlassian.com/oauth/token}) without discovery, since Atlassian publishes
 * no OpenID metadata. The client id and secret go in the form body ({@code client_secret_post}), as Atlassian expects.
 * The OIDC client keeps no tokens itself: the provider that calls this one saves the rotated refresh token. The
 * settings are checked at once; the client is created on the first refresh.
 */
public final class OidcTokenRefresher implements TokenRefresher, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final OidcClients clients;
    private final OidcClientConfig config;
    private final String connection;
    private final String tokenPath;
    private final Duration timeout;
    private OidcClient client;

    private OidcTokenRefresher(OidcClients clients, OidcClientConfig config, String connection, String tokenPath,
            Duration timeout) {
        this.clients = clients;
        this.config = config;
        this.connection = connection;
        this.tokenPath = tokenPath;
        this.timeout = timeout;
    }

    /**
     * @param optionPrefix how the connection's settings are named, for error messages, e.g.
     *     {@code camel.component.jira.connections[x].}
     * @param allowedHosts the connection's allowedHosts: the token URL receives the client secret and the refresh
     *     token, so it passes the same host check as every URL of the component
     */
    public static OidcTokenRefresher create(OidcClients clients, String connection, String tokenUrl, String clientId,
            String clientSecret, String allowedHosts, String optionPrefix, Duration timeout) {
        URI url = tokenUrl(tokenUrl, allowedHosts, optionPrefix);
        require(clientId, optionPrefix + "client-id");
        require(clientSecret, optionPrefix + "client-secret");
        OidcClientConfig config = new OidcClientConfigBuilder()
                .id("jira-" + connection)
                .authServerUrl(url.getScheme() + "://" + url.getRawAuthority())
                .discoveryEnabled(false)
                .tokenPath(url.getRawPath())
                .clientId(clientId)
                .credentials().clientSecret(clientSecret, Method.POST).end()
                .grant(OidcClientConfig.Grant.Type.REFRESH)
                .connectionTimeout(timeout)
                .build();
        return new OidcTokenRefresher(clients, config, connection, url.getRawPath(), timeout);
    }

    @Override
    public TokenGrant refresh(String refreshToken) {
        Tokens tokens;
        try {
            tokens = client().refreshTokens(refreshToken).await().atMost(timeout);
        } catch (OidcClientException e) {
            throw refused(e);
        } catch (RuntimeException e) {
            // e.g. the wait timed out: the outcome is unknown, and the reuse leeway makes a later retry safe
            throw new JiraTransportException(details(0, List.of("no answer from the token endpoint ("
                    + e.getClass().getSimpleName() + ")"), null), null);
        }
        return new TokenGrant(tokens.getAccessToken(), lifetime(tokens), tokens.getRefreshToken(), tokens.get("scope"));
    }

    private synchronized OidcClient client() {
        if (client == null) {
            client = clients.newClient(config).await().atMost(timeout);
        }
        return client;
    }

    private static Duration lifetime(Tokens tokens) {
        String expiresIn = tokens.get("expires_in");
        try {
            return expiresIn == null ? DEFAULT_LIFETIME : Duration.ofSeconds(Long.parseLong(expiresIn));
        } catch (NumberFormatException e) {
            return DEFAULT_LIFETIME;
        }
    }

    /** The OIDC client reports the authorization server's error body as its message: {@code {"error": ...}}. */
    private JiraException refused(OidcClientException e) {
        String error = null;
        String description = null;
        try {
            JsonNode body = JSON.readTree(e.getMessage() == null ? "" : e.getMessage());
            error = body.path("error").asText(null);
            description = body.path("error_description").asText(null);
        } catch (IOException | RuntimeException notJson) {
            // "OIDC Server is not available" and the like
        }
        if (error == null) {
            return new JiraTransportException(details(0, List.of("the token endpoint could not be reached"), null),
                    null);
        }
        List<String> messages = List.of(description == null ? error : error + ": " + description);
        if (error.equals("invalid_grant")) {
            return new JiraConsentRequiredException(details(0, messages, "The refresh token is expired, revoked or "
                    + "was already rotated; the user must consent again (authorize the app and store the new refresh "
                    + "token)"));
        }
        if (error.equals("access_denied") || error.equals("unauthorized_client") || error.equals("invalid_client")) {
            return new JiraAuthenticationException(details(0, messages, "Check the client id and secret of connection '"
                    + connection + "' against the app in the Atlassian developer console"));
        }
        return new JiraException(details(0, messages, null));
    }

    private JiraErrorDetails details(int status, List<String> messages, String hint) {
        return new JiraErrorDetails(status, "POST", tokenPath, messages, null, null, hint);
    }

    private static URI tokenUrl(String tokenUrl, String allowedHosts, String optionPrefix) {
        require(tokenUrl, optionPrefix + "token-url");
        URI url = new HostPolicy(allowedHosts).check(optionPrefix + "token-url", tokenUrl.strip());
        if (url.getRawPath() == null || url.getRawPath().isEmpty()) {
            throw new IllegalArgumentException(optionPrefix + "token-url must be an absolute http(s) URL such as "
                    + "https://auth.atlassian.com/oauth/token, was '" + tokenUrl + "'");
        }
        return url;
    }

    private static void require(String value, String option) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " is required for an OAuth 2.0 connection: set it from the app "
                    + "in the Atlassian developer console");
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (client != null) {
            client.close();
        }
    }

    @Override
    public String toString() {
        return "OidcTokenRefresher[connection=" + connection + ", tokenPath=" + tokenPath + "]";
    }
}
