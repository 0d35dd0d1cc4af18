package io.github.jiracloud.app.security;

import java.util.List;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The administrator login over HTTP basic ({@code jira.admin.login=basic}): the user and password must be one of
 * {@code jira.admin.credentials}, compared in constant time; a match has the role {@value #ROLE}.
 */
@ApplicationScoped
public class AdminIdentities implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final String ROLE = "admin";

    private final Credentials credentials;

    @Inject
    public AdminIdentities(AdminLoginSettings settings) {
        this.credentials = new Credentials(settings.credentials().orElse(List.of()));
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String user = request.getUsername();
        String presented = user + ":" + new String(request.getPassword().getPassword());
        if (!credentials.matches(presented)) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user))
                .addRole(ROLE).build());
    }
}
