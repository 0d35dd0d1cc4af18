package io.github.jiracloud.emulator.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Registered OAuth 2.0 (3LO) apps: client id and secret, as created in Atlassian's developer console. */
public final class OAuthClients {

    private final Map<String, byte[]> secretDigests = new ConcurrentHashMap<>();

    public void register(String clientId, String clientSecret) {
        secretDigests.put(clientId, digest(clientSecret));
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
