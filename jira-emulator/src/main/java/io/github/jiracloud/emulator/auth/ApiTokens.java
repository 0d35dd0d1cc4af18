package io.github.jiracloud.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** API tokens for Basic auth: each email may have several, each token belongs to one account. */
public final class ApiTokens {

    private final Map<String, String> accountIdsByCredential = new ConcurrentHashMap<>();

    public void add(String email, String apiToken, String accountId) {
        accountIdsByCredential.put(credential(email, apiToken), accountId);
    }

    public Optional<String> accountId(String email, String apiToken) {
        return Optional.ofNullable(accountIdsByCredential.get(credential(email, apiToken)));
    }

    /** Keyed by a digest, so the tokens themselves are never kept in memory where a heap dump would show them. */
    private static String credential(String email, String apiToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (email.toLowerCase(Locale.ROOT) + '\u0000' + apiToken).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
