package io.github.jiracloud.emulator.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The refresh tokens descending from one consent. Atlassian rotates refresh tokens: each refresh returns a new
 * one. A rotated token may be replayed within a short leeway (a client that lost the response can retry);
 * replaying it later looks like theft, so the whole family is revoked.
 */
final class RefreshFamily {

    /** Atlassian expires refresh tokens that go unused for 90 days. */
    private static final Duration INACTIVITY_LIMIT = Duration.ofDays(90);

    private final String clientId;
    private final String accountId;
    private final String scope;
    private final Map<String, Instant> rotatedAt = new HashMap<>();
    private String current;
    private Instant lastUsed;
    private boolean revoked;

    RefreshFamily(String clientId, String accountId, String scope, String firstToken, Instant now) {
        this.clientId = clientId;
        this.accountId = accountId;
        this.scope = scope;
        this.current = firstToken;
        this.lastUsed = now;
    }

    String clientId() {
        return clientId;
    }

    String accountId() {
        return accountId;
    }

    String scope() {
        return scope;
    }

    /**
     * Exchanges {@code presented} for a new refresh token.
     *
     * @throws OAuthError {@code invalid_grant} when the family is revoked or expired, or the token was replayed
     *     outside the leeway (which revokes the family)
     */
    synchronized String rotate(String presented, Instant now, Duration reuseLeeway, Supplier<String> newToken) {
        if (revoked || lastUsed.plus(INACTIVITY_LIMIT).isBefore(now)) {
            revoked = true;
            throw invalid();
        }
        if (!presented.equals(current)) {
            Instant rotated = rotatedAt.get(presented);
            if (rotated == null || now.isAfter(rotated.plus(reuseLeeway))) {
                revoked = true;
                throw invalid();
            }
        }
        rotatedAt.putIfAbsent(current, now);
        current = newToken.get();
        lastUsed = now;
        return current;
    }

    synchronized void revoke() {
        revoked = true;
    }

    static OAuthError invalid() {
        return OAuthError.invalidGrant("Unknown or invalid refresh token.");
    }
}
