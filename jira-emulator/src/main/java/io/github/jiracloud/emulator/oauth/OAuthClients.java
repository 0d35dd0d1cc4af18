package io.github.jiracloud.emulator.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registered OAuth 2.0 (3LO) apps: client id, secret and callback URL, as created in Atlassian's developer console
 * (an app has one callback URL; without one it can't take part in the consent flow).
 */
public final class OAuthClients {

    /** Kept as they are, not as digests: Jira signs the webhooks an app registered with the app's secret. */
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, String> callbackUrls = new ConcurrentHashMap<>();

    /** @param callbackUrl the app's callback URL, or null for an app that only refreshes or uses its credentials */
    public void register(String clientId, String clientSecret, String callbackUrl) {
        secrets.put(clientId, clientSecret);
        if (callbackUrl == null) {
            callbackUrls.remove(clientId);
        } else {
            callbackUrls.put(clientId, callbackUrl);
        }
    }

    /**
     * Whether a consent may send its code to this redirect URI: exactly the app's callback URL, as Atlassian checks.
     */
    public boolean isCallback(String clientId, String redirectUri) {
        return redirectUri != null && redirectUri.equals(callbackUrls.get(clientId));
    }

    /** The secret that webhooks registered by the app are signed with. */
    public Optional<String> signingSecret(String clientId) {
        return Optional.ofNullable(clientId == null ? null : secrets.get(clientId));
    }

    public boolean exists(String clientId) {
        return clientId != null && secrets.containsKey(clientId);
    }

    /** @throws OAuthError 401 {@code access_denied} for an unknown client or a wrong secret */
    public void authenticate(String clientId, String clientSecret) {
        String expected = clientId == null ? null : secrets.get(clientId);
        if (expected == null || clientSecret == null
                || !MessageDigest.isEqual(digest(expected), digest(clientSecret))) {
            throw OAuthError.unauthorizedClient();
        }
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
