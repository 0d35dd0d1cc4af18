package io.github.jiracloud.camel.auth;

import java.time.Clock;
import java.time.Instant;

/**
 * OAuth 2.0 client credentials for Atlassian service accounts: one-hour access tokens for the client itself, no
 * refresh token to keep. Concurrent callers share one token request.
 */
public final class ClientCredentialsTokenProvider implements AccessTokenProvider {

    private final OAuthTokenEndpoint endpoint;
    private final String scopes;
    private final Clock clock;
    private final CachedAccessToken token;

    /** @param scopes the scopes to ask for, separated by spaces or commas; null for all the app was granted */
    public ClientCredentialsTokenProvider(OAuthTokenEndpoint endpoint, String scopes, Clock clock) {
        this.endpoint = endpoint;
        this.scopes = scopes;
        this.clock = clock;
        this.token = new CachedAccessToken(clock);
    }

    @Override
    public String accessToken() {
        return token.get(() -> {
            Instant now = clock.instant();
            TokenGrant grant = endpoint.clientCredentials(scopes);
            return new CachedAccessToken.Renewal(grant.accessToken(), now.plus(grant.expiresIn()));
        });
    }

    @Override
    public void invalidate(String rejectedToken) {
        token.forget(rejectedToken);
    }

    @Override
    public String toString() {
        return "ClientCredentialsTokenProvider[" + endpoint + "]";
    }
}
