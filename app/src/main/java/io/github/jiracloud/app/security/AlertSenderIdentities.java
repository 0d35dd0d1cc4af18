package io.github.jiracloud.app.security;

import java.util.List;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Checks an alert sender's credential against the configured ones; a match has the role {@value #ROLE}. */
@ApplicationScoped
public class AlertSenderIdentities implements IdentityProvider<AlertSenderRequest> {

    static final String ROLE = "alert-sender";

    private final Credentials tokens;
    private final Credentials basic;

    @Inject
    public AlertSenderIdentities(AlertSenderSettings settings) {
        this.tokens = new Credentials(settings.bearerTokens().orElse(List.of()));
        this.basic = new Credentials(settings.basicCredentials().orElse(List.of()));
    }

    @Override
    public Class<AlertSenderRequest> getRequestType() {
        return AlertSenderRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(AlertSenderRequest request, AuthenticationRequestContext context) {
        boolean bearer = request.scheme() == AlertSenderRequest.Scheme.BEARER;
        if (!(bearer ? tokens : basic).matches(request.credential())) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        String name = bearer ? "alert-sender (bearer token)" : request.credential().split(":", 2)[0];
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name))
                .addRole(ROLE).build());
    }
}
