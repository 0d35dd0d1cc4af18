package io.github.jiracloud.camel.auth;

/**
 * Trades a refresh token for new tokens. The component's own is {@link OAuthTokenEndpoint}; a runtime can bring
 * another (the route bundle uses Quarkus' OIDC client) and keep {@link RefreshTokenProvider}'s promises: one refresh
 * at a time, and the rotated refresh token saved before the access token is used.
 */
@FunctionalInterface
public interface TokenRefresher {

    /**
     * @return the new access token and, Atlassian rotating them, the refresh token that replaces {@code refreshToken}
     * @throws io.github.jiracloud.camel.error.JiraConsentRequiredException when the refresh token is expired, revoked
     *     or was already rotated (outside the reuse leeway): the user must consent again
     */
    TokenGrant refresh(String refreshToken);
}
