package io.github.jiracloud.emulator.oauth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Authorization codes of the consent flow: short-lived and single-use. */
final class AuthorizationCodes {

    record Consent(String clientId, String redirectUri, String scope, String accountId, Instant expiresAt) {
    }

    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Map<String, Consent> pending = new ConcurrentHashMap<>();
    /** Redeemed codes and the refresh token they produced: replaying a code revokes what it produced (RFC 6749). */
    private final Map<String, String> redeemed = new ConcurrentHashMap<>();

    AuthorizationCodes(Clock clock) {
        this.clock = clock;
    }

    String issue(String clientId, String redirectUri, String scope, String accountId) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        pending.put(code, new Consent(clientId, redirectUri, scope, accountId, clock.instant().plus(LIFETIME)));
        return code;
    }

    /** The consent behind a code, once; empty if unknown, expired or already used. */
    Optional<Consent> redeem(String code) {
        Consent consent = code == null ? null : pending.remove(code);
        if (consent == null || !clock.instant().isBefore(consent.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(consent);
    }

    void remember(String code, String refreshToken) {
        if (refreshToken != null) {
            redeemed.put(code, refreshToken);
        }
    }

    /** The refresh token an already used code produced, if it is being replayed. */
    Optional<String> replayed(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(redeemed.get(code));
    }
}
