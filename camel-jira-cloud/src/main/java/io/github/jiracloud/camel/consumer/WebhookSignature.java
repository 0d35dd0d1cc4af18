package io.github.jiracloud.camel.consumer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Jira's webhook signature: {@code X-Hub-Signature: sha256=<hex HMAC-SHA256 of the raw body>}. */
final class WebhookSignature {

    static final String HEADER = "X-Hub-Signature";
    private static final String PREFIX = "sha256=";

    private final SecretKeySpec key;

    WebhookSignature(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The header value for {@code body}. */
    String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Compared in constant time, so the answer's timing tells an attacker nothing about the right signature. */
    boolean matches(byte[] body, String header) {
        if (header == null) {
            return false;
        }
        byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, header.strip().toLowerCase(Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII));
    }
}
