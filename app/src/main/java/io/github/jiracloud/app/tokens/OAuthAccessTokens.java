package io.github.jiracloud.app.tokens;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.jiracloud.app.JiraSettings;
import io.github.jiracloud.camel.auth.AccessTokenProvider;
import io.github.jiracloud.camel.auth.RefreshTokenProvider;
import io.github.jiracloud.camel.auth.TokenEvents;
import io.github.jiracloud.camel.auth.TokenStore;
import io.github.jiracloud.camel.client.Sleeper;
import io.quarkus.oidc.client.OidcClients;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The access tokens of the bundle's OAuth (3LO) connections: Quarkus' OIDC client makes the refresh grant, and the
 * rotated refresh token goes to the token store before the access token is used. With a store on the local disk the
 * component's {@link RefreshTokenProvider} keeps one refresh at a time in this copy of the bundle; with the
 * Kubernetes Secret the {@link LeasedRefreshTokenProvider} keeps one at a time across all replicas.
 */
@ApplicationScoped
public class OAuthAccessTokens {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration LEASE_POLL_INTERVAL = Duration.ofMillis(200);

    private final OidcClients clients;
    private final TokenStore store;
    private final TokenEvents events;
    private final Duration leaseDuration;
    private final String replica = replicaName();
    private final List<OidcTokenRefresher> refreshers = new CopyOnWriteArrayList<>();

    @Inject
    public OAuthAccessTokens(OidcClients clients, TokenStore store, JiraSettings settings, TokenEvents events) {
        this.clients = clients;
        this.store = store;
        this.events = events;
        this.leaseDuration = settings.tokenStore().leaseDuration();
    }

    /**
     * @param optionPrefix how the connection's settings are named, for error messages ({@code camel.component.jira.} or
     *     {@code camel.component.jira.connections[<name>].})
     * @param allowedHosts the connection's allowedHosts, for the token URL's host check
     */
    public AccessTokenProvider forConnection(String connection, String tokenUrl, String clientId, String clientSecret,
            String initialRefreshToken, String allowedHosts, String optionPrefix) {
        OidcTokenRefresher refresher = OidcTokenRefresher.create(clients, connection, tokenUrl, clientId, clientSecret,
                allowedHosts, optionPrefix, REQUEST_TIMEOUT);
        refreshers.add(refresher);
        if (store instanceof KubernetesSecretTokenStore shared) {
            return new LeasedRefreshTokenProvider(shared, connection, initialRefreshToken, refresher, replica,
                    new LeasedRefreshTokenProvider.Lease(leaseDuration, LEASE_POLL_INTERVAL), Clock.systemUTC(),
                    Sleeper.SYSTEM, events);
        }
        return new RefreshTokenProvider(refresher, store, connection, initialRefreshToken, Clock.systemUTC(), events);
    }

    @PreDestroy
    void close() throws IOException {
        for (OidcTokenRefresher refresher : refreshers) {
            refresher.close();
        }
    }

    /** The pod's name (HOSTNAME in Kubernetes) and a random part, so that a restarted pod is a new lease holder. */
    private static String replicaName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "replica";
            }
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
