package io.github.jiracloud.camel.auth;

import java.time.Duration;

/** The token endpoint's answer. */
public record TokenGrant(String accessToken, Duration expiresIn, String refreshToken, String scope) {

    @Override
    public String toString() {
        return "TokenGrant[tokens hidden, expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}
