package io.github.jiracloud.camel.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.client.ErrorMapper;
import io.github.jiracloud.camel.client.HttpTransport;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JiraResponse;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.RetryingExecutor;
import io.github.jiracloud.camel.error.JiraConsentRequiredException;
import io.github.jiracloud.camel.error.JiraErrorDetails;
import io.github.jiracloud.camel.error.JiraException;
import org.apache.hc.core5.http.ContentType;

/** Atlassian's OAuth 2.0 token endpoint ({@code https://auth.atlassian.com/oauth/token}). */
public final class OAuthTokenEndpoint implements TokenRefresher {

    private static final Map<String, String> HEADERS = Map.of("Accept", "application/json");

    private final HttpTransport transport;
    private final RetryingExecutor executor;
    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;

    public OAuthTokenEndpoint(HttpTransport transport, RetryingExecutor executor, URI tokenUrl, String clientId,
            String clientSecret) {
        this.transport = transport;
        this.executor = executor;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** Trades a refresh token for a new access token and, Atlassian rotating them, a new refresh token. */
    @Override
    public TokenGrant refresh(String refreshToken) {
        return request(form("refresh_token").put("refresh_token", refreshToken), true);
    }

    /**
     * Trades an authorization code from the consent screen for the first tokens. Not repeated when the answer is
     * lost: a code is single-use, and a code presented twice revokes the tokens it gave (RFC 6749, 4.1.2).
     */
    public TokenGrant exchangeCode(String code, String redirectUri) {
        return request(form("authorization_code").put("code", code).put("redirect_uri", redirectUri), false);
    }

    /** Service accounts: a token for the client itself, without a user and without a refresh token. */
    public TokenGrant clientCredentials(String scopes) {
        ObjectNode form = form("client_credentials");
        if (scopes != null && !scopes.isBlank()) {
            form.put("scope", String.join(" ", scopes.strip().split("[\\s,]+")));
        }
        return request(form, true);
    }

    private ObjectNode form(String grantType) {
        return JsonCodec.MAPPER.createObjectNode()
                .put("grant_type", grantType)
                .put("client_id", clientId)
                .put("client_secret", clientSecret);
    }

    /**
     * @param idempotent whether a lost answer may be retried: a refresh may, since Atlassian accepts the old refresh
     *     token again within its reuse leeway
     */
    private TokenGrant request(ObjectNode form, boolean idempotent) {
        byte[] body = write(form);
        String path = tokenUrl.getPath();
        JiraRequest call = idempotent ? JiraRequest.post(path, null).safeToRepeat() : JiraRequest.post(path, null);
        JiraResponse response = executor.execute(call,
                () -> transport.send("POST", tokenUrl, HEADERS, body, ContentType.APPLICATION_JSON));
        if (!response.isSuccess()) {
            throw failure(path, response);
        }
        JsonNode json = parse(path, response);
        String accessToken = json.path("access_token").asText(null);
        if (accessToken == null) {
            throw new JiraException(new JiraErrorDetails(response.status(), "POST", path,
                    List.of("the token endpoint answered without an access_token"), null,
                    response.requestId(), null));
        }
        return new TokenGrant(accessToken, Duration.ofSeconds(json.path("expires_in").asLong(3600)),
                json.path("refresh_token").asText(null), json.path("scope").asText(null));
    }

    private static JiraException failure(String path, JiraResponse response) {
        JiraErrorDetails details = ErrorMapper.details("POST", path, response);
        boolean invalidGrant = details.errorMessages().stream().anyMatch(m -> m.startsWith("invalid_grant"));
        if (invalidGrant) {
            return new JiraConsentRequiredException(details.withHint("The refresh token is expired, revoked or was "
                    + "already rotated; the user must consent again (authorize the app and store the new refresh "
                    + "token)"));
        }
        String hint = response.status() == 401 || response.status() == 403
                ? "Check the options clientId and clientSecret against the app in the Atlassian developer console"
                : null;
        return ErrorMapper.toException("POST", path, response, hint);
    }

    private static JsonNode parse(String path, JiraResponse response) {
        try {
            return JsonCodec.readTree(response.body());
        } catch (Exception e) {
            throw new JiraException(new JiraErrorDetails(response.status(), "POST", path,
                    List.of("the token endpoint answered with a body that is not JSON"), null,
                    response.requestId(), null), e);
        }
    }

    private static byte[] write(ObjectNode form) {
        try {
            return JsonCodec.MAPPER.writeValueAsBytes(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "OAuthTokenEndpoint[" + tokenUrl + "]";
    }
}
