package io.github.jiracloud.app.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How an alert sender proves who it is on {@code POST /alerts}: {@code Authorization: Bearer <token>} or {@code
 * Authorization: Basic ...}, as Alertmanager's {@code http_config} and Grafana's contact points send them. Selected
 * for that path only ({@code quarkus.http.auth.permission.alerts.auth-mechanism}); a request without a credential is
 * challenged with 401.
 */
@ApplicationScoped
public class AlertSenderAuthentication implements HttpAuthenticationMechanism {

    /** The scheme name the path's permission selects this mechanism by. */
    static final String SCHEME = "alert-sender";
    private static final String CHALLENGE = "Bearer realm=\"alerts\", Basic realm=\"alerts\", charset=\"UTF-8\"";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        AlertSenderRequest request = request(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        return request == null ? Uni.createFrom().nullItem() : identities.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(AlertSenderRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom()
                .item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME, SCHEME));
    }

    /** Below the built-in mechanisms: it acts only where its path selects it. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY - 500;
    }

    static AlertSenderRequest request(String authorization) {
        if (authorization == null) {
            return null;
        }
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = authorization.substring(0, space);
        String value = authorization.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return new AlertSenderRequest(AlertSenderRequest.Scheme.BEARER, value);
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            try {
                return new AlertSenderRequest(AlertSenderRequest.Scheme.BASIC,
                        new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return new AlertSenderRequest(AlertSenderRequest.Scheme.BASIC, "");
            }
        }
        return null;
    }
}
