package io.github.jiracloud.app.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import io.github.jiracloud.camel.auth.StoredToken;
import io.github.jiracloud.camel.auth.TokenGrant;

/**
 * One connection's entry in the token-store Secret: the refresh token, the access token every replica may use, and
 * the refresh lease (who refreshes now, and until when the others wait for it). Every change makes a new value.
 */
public record SharedToken(String refreshToken, String scope, Instant obtainedAt, String cloudId, String accessToken,
        Instant accessTokenExpiresAt, String leaseHolder, Instant leaseUntil) {

    static SharedToken of(StoredToken token) {
        return empty().withStoredToken(token);
    }

    static SharedToken empty() {
        return new SharedToken(null, null, null, null, null, null, null, null);
    }

    public StoredToken storedToken() {
        return new StoredToken(refreshToken, scope, obtainedAt, cloudId);
    }

    SharedToken withStoredToken(StoredToken token) {
        return new SharedToken(token.refreshToken(), token.scope(), token.obtainedAt(), token.cloudId(), accessToken,
                accessTokenExpiresAt, leaseHolder, leaseUntil);
    }

    /** The result of a refresh; the lease ends with it. A grant without a refresh token keeps the current one. */
    SharedToken refreshed(TokenGrant grant, Instant now) {
        String nextRefreshToken = grant.refreshToken() != null ? grant.refreshToken() : refreshToken;
        String nextScope = grant.scope() != null ? grant.scope() : scope;
        return new SharedToken(nextRefreshToken, nextScope, now, cloudId, grant.accessToken(),
                now.plus(grant.expiresIn()), null, null);
    }

    SharedToken leasedTo(String holder, Instant until) {
        return new SharedToken(refreshToken, scope, obtainedAt, cloudId, accessToken, accessTokenExpiresAt, holder,
                until);
    }

    SharedToken withoutLease() {
        return new SharedToken(refreshToken, scope, obtainedAt, cloudId, accessToken, accessTokenExpiresAt, null, null);
    }

    boolean isLeaseFreeAt(Instant now) {
        return leaseHolder == null || leaseUntil == null || !now.isBefore(leaseUntil);
    }

    boolean isLeasedTo(String holder) {
        return Objects.equals(leaseHolder, holder);
    }

    /** An access token a replica may still use: not about to expire, and not the one Jira just refused. */
    boolean hasAccessTokenUsableAt(Instant now, Duration expiryMargin, String refused) {
        return accessToken != null && accessTokenExpiresAt != null
                && now.isBefore(accessTokenExpiresAt.minus(expiryMargin)) && !accessToken.equals(refused);
    }

    @Override
    public String toString() {
        return "SharedToken[tokens hidden, scope=" + scope + ", obtainedAt=" + obtainedAt + ", cloudId=" + cloudId
                + ", accessTokenExpiresAt="
                + accessTokenExpiresAt + ", leaseHolder=" + leaseHolder + ", leaseUntil=" + leaseUntil + "]";
    }
}
