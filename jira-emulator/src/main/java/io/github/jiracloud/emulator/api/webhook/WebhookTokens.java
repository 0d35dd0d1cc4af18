package io.github.jiracloud.emulator.api.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.jiracloud.emulator.data.Webhooks.Webhook;

/**
 * The bearer token of a delivery to a webhook an OAuth 2.0 app registered: "secured by bearer authentication. The token
 * is present in the Authorization header and is signed with the app's client secret" (Atlassian's webhooks page).
 * Atlassian documents neither the algorithm nor the claims; third-party receivers verify HS256 with the client secret,
 * and the claims here are the emulator's assumption: {@code iss} the site's cloud id, {@code aud} the app's client id,
 * {@code sub} the user who registered the webhook, {@code iat}, {@code exp} 3 minutes later (as Atlassian's Connect
 * tokens live) and a {@code jti}. A new token is made for every attempt.
 */
final class WebhookTokens {

    static final Duration LIFETIME = Duration.ofMinutes(3);

    private WebhookTokens() {
    }

    /** @throws JOSEException for a secret shorter than the 256 bits HS256 needs */
    static String sign(Webhook webhook, String secret, String cloudId, Instant now) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(cloudId)
                .audience(webhook.clientId())
                .subject(webhook.accountId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims);
        token.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return token.serialize();
    }
}
