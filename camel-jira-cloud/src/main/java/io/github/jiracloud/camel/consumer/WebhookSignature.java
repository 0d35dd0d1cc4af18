package io.github.jiracloud.camel.consumer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.jiracloud.camel.client.JsonCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An admin webhook's signature: {@code X-Hub-Signature: sha256=<hex HMAC-SHA256 of the raw body>} with the webhook's
 * secret. The HMAC covers the whole body, so the delivery is remembered by it; the body's {@code timestamp}
 * (milliseconds) bounds its age, since the signature alone would stay valid forever.
 */
final class WebhookSignature implements WebhookCheck {

    static final String HEADER = "X-Hub-Signature";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSignature.class);
    private static final String PREFIX = "sha256=";

    private final SecretKeySpec key;
    private final Duration maxAge;

    WebhookSignature(String secret, Duration maxAge) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.maxAge = maxAge;
    }

    @Override
    public Optional<List<String>> accept(byte[] body, Function<String, String> headers, Instant now) {
        if (!matches(body, headers.apply(HEADER))) {
            LOG.warn("Refused a Jira webhook request with a missing or wrong {}", HEADER);
            return Optional.empty();
        }
        Instant sent = timestamp(body);
        if (sent == null || Duration.between(sent, now).abs().compareTo(maxAge) > 0) {
            LOG.warn("Refused a signed Jira webhook request whose timestamp {} is missing or more than {} s from now "
                    + "(a replay, or a clock far off)", sent, maxAge.toSeconds());
            return Optional.empty();
        }
        return Optional.of(List.of("hmac:" + sign(body)));
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

    /** The payload's {@code timestamp}, milliseconds since the epoch; null when there is none. */
    private static Instant timestamp(byte[] body) {
        try {
            return JsonCodec.readValue(body) instanceof Map<?, ?> event && event.get("timestamp") instanceof Number ms
                    ? Instant.ofEpochMilli(ms.longValue())
                    : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
