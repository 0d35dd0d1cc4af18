package io.github.jiracloud.app;

import io.github.jiracloud.app.tokens.OAuthAccessTokens;
import io.github.jiracloud.camel.JiraAuthType;
import io.github.jiracloud.camel.auth.TokenStore;
import io.github.jiracloud.camel.connection.JiraConnection;

/**
 * Turns the {@code jira.connections.<name>.*} settings into the component's named connections. While the
 * emulator stands in for Jira, a connection without a site goes to the emulator, with its demo credentials where
 * none are configured, so that every flow runs with no Jira account.
 */
final class NamedConnections {

    private final TokenStore tokens;
    private final OAuthAccessTokens accessTokens;
    private final EmulatorSite emulator;
    private final String defaultAllowedHosts;

    /**
     * @param emulator the emulator standing in, or null when a real site is configured
     * @param defaultAllowedHosts the default connection's allowedHosts, which a named one without its own inherits
     */
    NamedConnections(TokenStore tokens, OAuthAccessTokens accessTokens, EmulatorSite emulator,
            String defaultAllowedHosts) {
        this.tokens = tokens;
        this.accessTokens = accessTokens;
        this.emulator = emulator;
        this.defaultAllowedHosts = defaultAllowedHosts;
    }

    JiraConnection of(String name, JiraSettings.Connection settings) {
        JiraConnection connection = new JiraConnection();
        connection.setAuth(settings.auth());
        connection.setTokenStore(tokens);
        settings.site().ifPresent(connection::setSite);
        settings.email().ifPresent(connection::setEmail);
        settings.apiToken().ifPresent(connection::setApiToken);
        settings.scopedApiToken().ifPresent(connection::setScopedApiToken);
        settings.clientId().ifPresent(connection::setClientId);
        settings.clientSecret().ifPresent(connection::setClientSecret);
        settings.refreshToken().ifPresent(connection::setRefreshToken);
        settings.scopes().ifPresent(connection::setScopes);
        settings.cloudId().ifPresent(connection::setCloudId);
        settings.authorizationUrl().ifPresent(connection::setAuthorizationUrl);
        settings.tokenUrl().ifPresent(connection::setTokenUrl);
        settings.apiUrl().ifPresent(connection::setApiUrl);
        settings.allowedHosts().ifPresent(connection::setAllowedHosts);
        if (emulator != null && settings.site().isEmpty()) {
            pointAtEmulator(connection, settings);
        }
        if (JiraAuthType.of(settings.auth()) == JiraAuthType.OAUTH2) {
            // Quarkus' OIDC client refreshes; the component's own refresher is for plain Camel.
            connection.setAccessTokenProvider(accessTokens.forConnection(name, connection.getTokenUrl(),
                    connection.getClientId(),
                    connection.getClientSecret(), connection.getRefreshToken(), allowedHosts(connection),
                    "jira.connections." + name + "."));
        }
        return connection;
    }

    /** The connection's own allowedHosts, else the default connection's, as the component applies them. */
    private String allowedHosts(JiraConnection connection) {
        return connection.getAllowedHosts() != null ? connection.getAllowedHosts() : defaultAllowedHosts;
    }

    private void pointAtEmulator(JiraConnection connection, JiraSettings.Connection settings) {
        String base = emulator.baseUrl();
        connection.setAllowedHosts("127.0.0.1");
        if (JiraAuthType.of(settings.auth()) == JiraAuthType.BASIC) {
            connection.setSite(base);
            connection.setEmail(settings.email().orElse(emulator.email()));
            connection.setApiToken(settings.apiToken().orElse(emulator.apiToken()));
            return;
        }
        connection.setApiUrl(settings.apiUrl().orElse(base));
        connection.setTokenUrl(settings.tokenUrl().orElse(base + "/oauth/token"));
        connection.setAuthorizationUrl(settings.authorizationUrl().orElse(base + "/authorize"));
        connection.setClientId(settings.clientId().orElse(emulator.clientId()));
        connection.setClientSecret(settings.clientSecret().orElse(emulator.clientSecret()));
        if (settings.cloudId().isEmpty()
                && JiraAuthType.of(settings.auth()) == JiraAuthType.OAUTH2_CLIENT_CREDENTIALS) {
            connection.setCloudId(emulator.cloudId());
        }
    }
}
