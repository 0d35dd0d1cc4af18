package io.github.jiracloud.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.List;

/**
 * Configured secrets, compared in constant time: what a caller sends is compared with every configured value as
 * SHA-256 digests (same length whatever the input), and all of them are compared, so the time taken tells nothing
 * about which one matched or how much of one.
 */
final class Credentials {

    private final List<byte[]> digests;

    Credentials(Collection<String> secrets) {
        this.digests = secrets.stream().filter(secret -> secret != null && !secret.isEmpty()).map(Credentials::digest)
                .toList();
    }

    boolean isEmpty() {
        return digests.isEmpty();
    }

    boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] candidate = digest(presented);
        boolean matched = false;
        for (byte[] digest : digests) {
            matched |= MessageDigest.isEqual(digest, candidate);
        }
        return matched;
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "Credentials[" + digests.size() + "]";
    }
}
