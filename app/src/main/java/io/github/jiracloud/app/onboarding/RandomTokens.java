package io.github.jiracloud.app.onboarding;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable values for states, browser keys and site choices: 32 random bytes, URL-safe. */
final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a value from a request looks like one of ours (43 URL-safe characters). */
    static boolean looksLikeOne(String value) {
        return value != null && value.matches("[A-Za-z0-9_-]{43}");
    }
}
