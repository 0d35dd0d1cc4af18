package io.github.jiracloud.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API tokens for Basic auth: each email may have several, each token belongs to one account. A classic token works at
 * the site URL and through the gateway; a scoped token (the only kind an Atlassian service account can create) carries
 * the scopes chosen when it was made and works only through the gateway, {@code /ex/jira/{cloudId}}.
 */
public final class ApiTokens {

    /** What one token is. */
    public record ApiToken(String accountId, Optional<Set<String>> scopes) {

        public boolean scoped() {
            return scopes.isPresent();
        }
    }

    private final Map<String, ApiToken> tokensByCredential = new ConcurrentHashMap<>();

    public void add(String email, String apiToken, String accountId) {
        tokensByCredential.put(credential(email, apiToken), new ApiToken(accountId, Optional.empty()));
    }

    public void addScoped(String email, String apiToken, String accountId, Set<String> scopes) {
        tokensByCredential.put(credential(email, apiToken), new ApiToken(accountId, Optional.of(Set.copyOf(scopes))));
    }

    public Optional<ApiToken> find(String email, String apiToken) {
        return Optional.ofNullable(tokensByCredential.get(credential(email, apiToken)));
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
