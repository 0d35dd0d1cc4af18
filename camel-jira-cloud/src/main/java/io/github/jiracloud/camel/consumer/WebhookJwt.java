package io.github.jiracloud.camel.consumer;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bearer token of a delivery to a webhook an OAuth 2.0 app registered: "secured by bearer authentication. The token
 * is present in the Authorization header and is signed with the app's client secret" (Atlassian's webhooks page; no
 * {@code X-Hub-Signature}). Atlassian documents neither the algorithm nor the claims; receivers in the field verify
 * HS256 with the client secret, so this accepts HS256 only (never {@code none} or another algorithm a forger could
 * pick), checks the signature with Nimbus JOSE+JWT, and bounds the age: by {@code exp} (a minute of clock skew
 * allowed), else by {@code iat} and the maximum age; a token with neither is refused, as nothing would bound its
 * age. The token does not cover the body, so the delivery is remembered by the token's signature, and by Jira's
 * identifier, which stays the same when Jira retries with a fresh token.
 */
final class WebhookJwt implements WebhookCheck {

    /** HS256 needs a key of at least 256 bits (RFC 7518); Atlassian's client secrets are longer. */
    static final int MIN_SECRET_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookJwt.class);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final MACVerifier verifier;
    private final Duration maxAge;

    WebhookJwt(String clientSecret, Duration maxAge) {
        try {
            this.verifier = new MACVerifier(clientSecret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The clientSecret can't verify HS256 webhook tokens: " + e.getMessage(),
                    e);
        }
        this.maxAge = maxAge;
    }

    @Override
    public Optional<List<String>> accept(byte[] body, Function<String, String> headers, Instant now) {
        String authorization = headers.apply("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return refuse("it has no bearer token");
        }
        SignedJWT token;
        try {
            token = SignedJWT.parse(authorization.substring(7).strip());
        } catch (ParseException e) {
            return refuse("its bearer token is not a signed JWT");
        }
        if (!JWSAlgorithm.HS256.equals(token.getHeader().getAlgorithm())) {
            return refuse("its token is signed with " + token.getHeader().getAlgorithm() + ", not HS256");
        }
        JWTClaimsSet claims;
        try {
            if (!token.verify(verifier)) {
                return refuse("its token's signature does not match the app's client secret");
            }
            claims = token.getJWTClaimsSet();
        } catch (JOSEException | ParseException e) {
            return refuse("its token can't be verified (" + e.getMessage() + ")");
        }
        Optional<String> stale = staleness(claims, now);
        if (stale.isPresent()) {
            return refuse(stale.get());
        }
        List<String> keys = new ArrayList<>();
        keys.add("jwt:" + token.getSignature());
        String identifier = headers.apply(WebhookConsumer.WEBHOOK_ID_HEADER);
        if (identifier != null) {
            keys.add("id:" + identifier);
        }
        return Optional.of(keys);
    }

    private Optional<String> staleness(JWTClaimsSet claims, Instant now) {
        Instant expires = instant(claims.getExpirationTime());
        Instant issued = instant(claims.getIssueTime());
        if (expires == null && issued == null) {
            return Optional.of("its token has neither exp nor iat, so nothing bounds its age");
        }
        if (expires != null && now.isAfter(expires.plus(CLOCK_SKEW))) {
            return Optional.of("its token expired at " + expires);
        }
        if (issued != null && issued.isAfter(now.plus(CLOCK_SKEW))) {
            return Optional.of("its token was issued in the future (" + issued + ")");
        }
        if (expires == null && now.isAfter(issued.plus(maxAge))) {
            return Optional.of("its token was issued at " + issued + ", more than webhookMaxAge ago");
        }
        return Optional.empty();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Optional<List<String>> refuse(String why) {
        LOG.warn("Refused a Jira webhook request: {}", why);
        return Optional.empty();
    }
}
