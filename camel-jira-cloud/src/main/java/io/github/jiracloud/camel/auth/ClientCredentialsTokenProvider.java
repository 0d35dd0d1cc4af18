package io.github.jiracloud.camel.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * OAuth 2.0 client credentials for Atlassian service accounts: one-hour access tokens for the client itself, no
 * refresh token to keep. Concurrent callers share one token request.
 */
public final class ClientCredentialsTokenProvider implements AccessTokenProvider {

    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);

    private final OAuthTokenEndpoint endpoint;
    private final String scopes;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    /** @param scopes the scopes to ask for, separated by spaces or commas; null for all the app was granted */
    public ClientCredentialsTokenProvider(OAuthTokenEndpoint endpoint, String scopes, Clock clock) {
        this.endpoint = endpoint;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Override
    public synchronized String accessToken() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
            TokenGrant grant = endpoint.clientCredentials(scopes);
            token = grant.accessToken();
            renewAt = now.plus(grant.expiresIn()).minus(EXPIRY_MARGIN);
        }
        return token;
    }

    @Override
    public synchronized void invalidate(String rejectedToken) {
        if (rejectedToken.equals(token)) {
            token = null;
        }
    }

    @Override
    public String toString() {
        return "ClientCredentialsTokenProvider[" + endpoint + "]";
    }
}
