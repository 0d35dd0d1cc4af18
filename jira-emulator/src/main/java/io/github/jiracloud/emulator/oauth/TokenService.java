package io.github.jiracloud.emulator.oauth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Issues, checks, rotates and revokes access and refresh tokens. Times come from the emulator's clock. */
public final class TokenService {

    /** Atlassian's client-credentials tokens last an hour and can't be refreshed. */
    private static final Duration CLIENT_CREDENTIALS_LIFETIME = Duration.ofHours(1);
    private static final int PURGE_THRESHOLD = 10_000;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration accessTokenLifetime;
    private final Duration reuseLeeway;
    private final Supplier<Set<String>> cloudIds;
    private final Map<String, AccessToken> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, RefreshFamily> familiesByRefreshToken = new ConcurrentHashMap<>();

    /** @param cloudIds the sites a new token grants access to (all of them: consent covers the user's sites) */
    public TokenService(Clock clock, Duration accessTokenLifetime, Duration reuseLeeway,
            Supplier<Set<String>> cloudIds) {
        this.clock = clock;
        this.accessTokenLifetime = accessTokenLifetime;
        this.reuseLeeway = reuseLeeway;
        this.cloudIds = cloudIds;
    }

    /** A valid, unexpired access token. */
    public Optional<AccessToken> accessToken(String token) {
        AccessToken access = accessTokens.get(token);
        if (access == null || !clock.instant().isBefore(access.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(access);
    }

    /** Tokens for a redeemed authorization code; a refresh token only with the {@code offline_access} scope. */
    public TokenGrant grantForConsent(String clientId, String accountId, String scope) {
        String refreshToken = hasOfflineAccess(scope) ? newFamily(clientId, accountId, scope) : null;
        return new TokenGrant(newAccessToken(clientId, accountId, scope, accessTokenLifetime),
                accessTokenLifetime.toSeconds(), refreshToken, scope);
    }

    public TokenGrant refresh(String clientId, String refreshToken) {
        RefreshFamily family = refreshToken == null ? null : familiesByRefreshToken.get(refreshToken);
        if (family == null || !family.clientId().equals(clientId)) {
            throw RefreshFamily.invalid();
        }
        String next = family.rotate(refreshToken, clock.instant(), reuseLeeway, () -> {
            String token = randomToken();
            familiesByRefreshToken.put(token, family);
            return token;
        });
        return new TokenGrant(newAccessToken(clientId, family.accountId(), family.scope(), accessTokenLifetime),
                accessTokenLifetime.toSeconds(), next, family.scope());
    }

    public TokenGrant clientCredentials(String clientId, String accountId, String scope) {
        return new TokenGrant(newAccessToken(clientId, accountId, scope, CLIENT_CREDENTIALS_LIFETIME),
                CLIENT_CREDENTIALS_LIFETIME.toSeconds(), null, scope);
    }

    /** Starts a token family directly, as if the user had consented in a browser. */
    public String newFamily(String clientId, String accountId, String scope) {
        String token = randomToken();
        familiesByRefreshToken.put(token, new RefreshFamily(clientId, accountId, scope, token, clock.instant()));
        return token;
    }

    /** Revokes the family a refresh token belongs to. */
    public void revokeFamilyOf(String refreshToken) {
        RefreshFamily family = familiesByRefreshToken.get(refreshToken);
        if (family != null) {
            family.revoke();
        }
    }

    public void revokeAll(String clientId) {
        familiesByRefreshToken.values().stream().filter(family -> family.clientId().equals(clientId))
                .forEach(RefreshFamily::revoke);
    }

    private String newAccessToken(String clientId, String accountId, String scope, Duration lifetime) {
        Instant now = clock.instant();
        if (accessTokens.size() > PURGE_THRESHOLD) {
            accessTokens.values().removeIf(token -> !now.isBefore(token.expiresAt()));
        }
        String token = randomToken();
        accessTokens.put(token, new AccessToken(clientId, accountId, scope, cloudIds.get(), now.plus(lifetime)));
        return token;
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean hasOfflineAccess(String scope) {
        return scope != null && Set.of(scope.split(" ")).contains("offline_access");
    }
}
