package io.github.jiracloud.emulator.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registered OAuth 2.0 (3LO) apps: client id, secret and callback URL, as created in Atlassian's developer console
 * (an app has one callback URL; without one it can't take part in the consent flow).
 */
public final class OAuthClients {

    private final Map<String, byte[]> secretDigests = new ConcurrentHashMap<>();
    private final Map<String, String> callbackUrls = new ConcurrentHashMap<>();

    /** @param callbackUrl the app's callback URL, or null for an app that only refreshes or uses its credentials */
    public void register(String clientId, String clientSecret, String callbackUrl) {
        secretDigests.put(clientId, digest(clientSecret));
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

    public boolean exists(String clientId) {
        return clientId != null && secretDigests.containsKey(clientId);
    }

    /** @throws OAuthError 401 {@code access_denied} for an unknown client or a wrong secret */
    public void authenticate(String clientId, String clientSecret) {
        byte[] expected = clientId == null ? null : secretDigests.get(clientId);
        if (expected == null || clientSecret == null || !MessageDigest.isEqual(expected, digest(clientSecret))) {
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
