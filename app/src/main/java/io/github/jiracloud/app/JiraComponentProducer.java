package io.github.jiracloud.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.jiracloud.app.tokens.OAuthAccessTokens;
import io.github.jiracloud.camel.JiraAuthType;
import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.auth.TokenEvents;
import io.github.jiracloud.camel.auth.TokenStore;
import io.github.jiracloud.camel.connection.JiraConnection;
import io.github.jiracloud.camel.route.PausedConnectionsPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;

/**
 * Gives the flows a {@code jira} component connected to the configured site, or to an emulator when no
 * site is configured and the profile allows it. In prod a missing site stops the start-up: a deployment must never
 * quietly talk to an emulator.
 */
@ApplicationScoped
public class JiraComponentProducer {

    @Produces
    @Named("jira")
    @ApplicationScoped
    JiraComponent jiraComponent(JiraSettings settings, JiraStandIn standIn, JiraMetrics metrics, TokenStore tokens,
            OAuthAccessTokens accessTokens, TokenEvents tokenEvents) {
        JiraComponent component = new JiraComponent();
        component.setCallObserver(metrics);
        component.setRetryListener(metrics);
        component.setTokenEvents(tokenEvents);
        JiraConfiguration config = component.getConfiguration();
        JiraConnection connection = config.getConnectionOptions();
        connection.setTokenStore(tokens);
        // Scopes hold with the emulator too: named connections inherit them, and the consent page asks for them.
        settings.scopes().ifPresent(connection::setScopes);
        EmulatorSite emulator = settings.site().isEmpty() && settings.emulator().enabled()
                ? standIn.site(settings.emulator()).orElse(null)
                : null;
        if (settings.site().isPresent()) {
            configureSite(config, settings, accessTokens);
        } else if (emulator != null) {
            configureEmulator(config, emulator);
            if (JiraAuthType.of(settings.emulator().auth()) == JiraAuthType.OAUTH2_CLIENT_CREDENTIALS) {
                configureEmulatorApp(config, emulator);
            }
        } else {
            throw new IllegalStateException(
                    "No Jira site is configured. Set JIRA_SITE (jira.site) and the credentials: "
                            + "JIRA_EMAIL and JIRA_API_TOKEN for basic auth, or JIRA_AUTH=oauth2 with JIRA_CLIENT_ID, "
                            + "JIRA_CLIENT_SECRET and JIRA_REFRESH_TOKEN. "
                            + (settings.emulator().enabled()
                                    ? "Or run an emulator and set JIRA_EMULATOR_URL (./mvnw -Prun does both)."
                                    : "The emulator is disabled in this profile (jira.emulator.enabled=false)."));
        }
        NamedConnections named = new NamedConnections(tokens, accessTokens, emulator, connection.getAllowedHosts());
        settings.connections().forEach((name, own) -> component.addConnection(name, named.of(name, own)));
        return component;
    }

    private static void configureSite(JiraConfiguration config, JiraSettings settings, OAuthAccessTokens accessTokens) {
        JiraConnection connection = config.getConnectionOptions();
        connection.setSite(settings.site().get());
        connection.setAuth(settings.auth());
        settings.email().ifPresent(connection::setEmail);
        settings.apiToken().ifPresent(connection::setApiToken);
        connection.setScopedApiToken(settings.scopedApiToken());
        settings.clientId().ifPresent(connection::setClientId);
        settings.clientSecret().ifPresent(connection::setClientSecret);
        settings.refreshToken().ifPresent(connection::setRefreshToken);
        settings.cloudId().ifPresent(connection::setCloudId);
        settings.stateDirectory().ifPresent(config::setStateDirectory);
        settings.allowedHosts().ifPresent(connection::setAllowedHosts);
        if (JiraAuthType.of(settings.auth()) == JiraAuthType.OAUTH2) {
            // Quarkus' OIDC client refreshes; the component's own refresher is for plain Camel.
            connection
                    .setAccessTokenProvider(accessTokens.forConnection(config.getConnection(), connection.getTokenUrl(),
                            connection.getClientId(), connection.getClientSecret(), connection.getRefreshToken(),
                            connection.getAllowedHosts(),
                            "jira."));
        }
    }

    private static void configureEmulator(JiraConfiguration config, EmulatorSite emulator) {
        JiraConnection connection = config.getConnectionOptions();
        connection.setSite(emulator.baseUrl());
        connection.setEmail(emulator.email());
        connection.setApiToken(emulator.apiToken());
        connection.setAllowedHosts("127.0.0.1");
        // The emulator starts empty every time, so a poll position kept from an earlier run would be wrong.
        config.setStateDirectory(freshStateDirectory().toString());
    }

    /**
     * The emulator's demo OAuth 2.0 app as a service account (client credentials) with the configured scopes, so that
     * the flows run under the emulator's scope checks as an OAuth app's would.
     */
    private static void configureEmulatorApp(JiraConfiguration config, EmulatorSite emulator) {
        JiraConnection connection = config.getConnectionOptions();
        connection.setAuth(JiraAuthType.OAUTH2_CLIENT_CREDENTIALS.optionValue());
        connection.setApiUrl(emulator.baseUrl());
        connection.setTokenUrl(emulator.baseUrl() + "/oauth/token");
        connection.setCloudId(emulator.cloudId());
        connection.setClientId(emulator.clientId());
        connection.setClientSecret(emulator.clientSecret());
    }

    /**
     * The timer-driven flows name it ({@code routePolicy: pausedConnections}) to skip their runs while their
     * connection is paused by a spent points quota; the pollers skip their polls by themselves.
     */
    @Produces
    @Named("pausedConnections")
    @ApplicationScoped
    PausedConnectionsPolicy pausedConnections() {
        return new PausedConnectionsPolicy();
    }

    private static Path freshStateDirectory() {
        try {
            return Files.createTempDirectory("jira-emulator-poll-state");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory for the emulator's poll state", e);
        }
    }
}
