package io.github.jiracloud.camel.auth;

import java.time.Instant;

/**
 * What a {@link TokenStore} keeps for one connection: the current refresh token, when it was obtained, and the cloud
 * id of the site the connection was bound to at consent (null when the configuration names the site).
 */
public record StoredToken(String refreshToken, String scope, Instant obtainedAt, String cloudId) {

    public StoredToken(String refreshToken, String scope, Instant obtainedAt) {
        this(refreshToken, scope, obtainedAt, null);
    }

    /** The same binding with a rotated refresh token. */
    public StoredToken rotated(String newRefreshToken, String newScope, Instant now) {
        return new StoredToken(newRefreshToken, newScope == null ? scope : newScope, now, cloudId);
    }

    @Override
    public String toString() {
        return "StoredToken[refreshToken=<hidden>, scope=" + scope + ", obtainedAt=" + obtainedAt + ", cloudId="
                + cloudId + "]";
    }
}
