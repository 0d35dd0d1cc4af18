package io.github.jiracloud.camel.auth;

import java.time.Instant;

/** What a {@link TokenStore} keeps for one connection: the current refresh token and when it was obtained. */
public record StoredToken(String refreshToken, String scope, Instant obtainedAt) {

    @Override
    public String toString() {
        return "StoredToken[refreshToken=<hidden>, scope=" + scope + ", obtainedAt=" + obtainedAt + "]";
    }
}
