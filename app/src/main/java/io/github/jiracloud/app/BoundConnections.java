package io.github.jiracloud.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.app.tokens.OAuthAccessTokens;
import io.github.jiracloud.camel.JiraAuthType;
import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.auth.TokenStore;
import io.github.jiracloud.camel.connection.JiraConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.camel.quarkus.main.events.AfterConfigure;

/**
 * Completes the connections that Camel bound from {@code camel.component.jira.*} and
 * {@code camel.component.jira.connections[<name>].*} with what only the app knows: the token store, Quarkus' OIDC
 * client for OAuth (3LO) connections, and the emulator standing in for a missing site (dev and test). In prod a
 * missing site stops the start-up: a deployment must never quietly talk to an emulator. Runs after Camel's binding
 * and before any route starts, so every endpoint gets the completed connections.
 */
@ApplicationScoped
public class BoundConnections {

    /** Where the default connection's options are configured, for messages. */
    public static final String DEFAULT_KEY = "camel.component.jira";

    private final JiraSettings settings;
    private final JiraStandIn standIn;
    private final TokenStore tokens;
    private final OAuthAccessTokens accessTokens;
    /** The site each connection names itself (by name, the default's under its connection name), before stand-ins. */
    private final Map<String, Optional<String>> configuredSites = new HashMap<>();

    @Inject
    public BoundConnections(JiraSettings settings, JiraStandIn standIn, TokenStore tokens,
            OAuthAccessTokens accessTokens) {
        this.settings = settings;
        this.standIn = standIn;
        this.tokens = tokens;
        this.accessTokens = accessTokens;
    }

    void afterCamelBoundTheProperties(@Observes AfterConfigure configured, @Named("jira") JiraComponent component) {
        complete(component);
    }

    /**
     * Where a named connection's options are configured, for messages, e.g.
     * {@code camel.component.jira.connections[ops]}.
     */
    public static String keyOf(String connection) {
        return DEFAULT_KEY + ".connections[" + connection + "]";
    }

    /**
     * The site the connection names itself in the configuration; empty when it has none (or the emulator's stands in).
     */
    public Optional<String> configuredSite(String connection) {
        return configuredSites.getOrDefault(connection, Optional.empty());
    }

    void complete(JiraComponent component) {
        JiraConnection defaults = component.getConnectionOptions();
        String defaultName = component.getConfiguration().getConnection();
        configuredSites.put(defaultName, present(defaults.getSite()));
        EmulatorSite emulator = null;
        if (present(defaults.getSite()).isEmpty()) {
            emulator = settings.emulator().enabled() ? standIn.site(settings.emulator()).orElse(null) : null;
            if (emulator == null) {
                throw noSite();
            }
            pointDefaultAtEmulator(component, emulator);
        }
        defaults.setTokenStore(tokens);
        useOidcClient(defaultName, defaults, DEFAULT_KEY + ".");
        for (Map.Entry<String, JiraConnection> named : component.getConnections().entrySet()) {
            String name = named.getKey();
            JiraConnection connection = named.getValue();
            configuredSites.put(name, present(connection.getSite()));
            if (emulator != null && present(connection.getSite()).isEmpty()) {
                pointAtEmulator(connection, connection.over(defaults).getAuth(), emulator);
            }
            if (connection.getTokenStore() == null) {
                connection.setTokenStore(tokens);
            }
            useOidcClient(name, connection.over(defaults), connection, keyOf(name) + ".");
        }
    }

    private IllegalStateException noSite() {
        return new IllegalStateException(
                "No Jira site is configured. Set JIRA_SITE (camel.component.jira.site) and the credentials: "
                        + "JIRA_EMAIL and JIRA_API_TOKEN for basic auth, or JIRA_AUTH=oauth2 with JIRA_CLIENT_ID, "
                        + "JIRA_CLIENT_SECRET and JIRA_REFRESH_TOKEN. "
                        + (settings.emulator().enabled()
                                ? "Or run an emulator and set JIRA_EMULATOR_URL (./mvnw -Prun does both)."
                                : "The emulator is disabled in this profile (jira.emulator.enabled=false)."));
    }

    private void useOidcClient(String name, JiraConnection connection, String optionPrefix) {
        useOidcClient(name, connection, connection, optionPrefix);
    }

    /** Quarkus' OIDC client refreshes OAuth (3LO) tokens; the component's own refresher is for plain Camel. */
    private void useOidcClient(String name, JiraConnection effective, JiraConnection target, String optionPrefix) {
        if (JiraAuthType.of(effective.getAuth()) == JiraAuthType.OAUTH2) {
            target.setAccessTokenProvider(accessTokens.forConnection(name, effective.getTokenUrl(),
                    effective.getClientId(), effective.getClientSecret(), effective.getRefreshToken(),
                    effective.getAllowedHosts(), optionPrefix));
        }
    }

    private void pointDefaultAtEmulator(JiraComponent component, EmulatorSite emulator) {
        JiraConnection connection = component.getConnectionOptions();
        // The emulator's demo account, whatever credentials for a real site the environment holds.
        connection.setAuth(JiraAuthType.BASIC.optionValue());
        connection.setSite(emulator.baseUrl());
        connection.setEmail(emulator.email());
        connection.setApiToken(emulator.apiToken());
        connection.setScopedApiToken(false);
        connection.setCloudId(null);
        connection.setAllowedHosts("127.0.0.1");
        // The emulator starts empty every time, so a poll position kept from an earlier run would be wrong.
        component.getConfiguration().setStateDirectory(freshStateDirectory().toString());
        if (JiraAuthType.of(settings.emulator().auth()) == JiraAuthType.OAUTH2_CLIENT_CREDENTIALS) {
            // The emulator's demo OAuth 2.0 app as a service account with the configured scopes, so that the flows
            // run under the emulator's scope checks as an OAuth app's would.
            connection.setAuth(JiraAuthType.OAUTH2_CLIENT_CREDENTIALS.optionValue());
            connection.setApiUrl(emulator.baseUrl());
            connection.setTokenUrl(emulator.baseUrl() + "/oauth/token");
            connection.setCloudId(emulator.cloudId());
            connection.setClientId(emulator.clientId());
            connection.setClientSecret(emulator.clientSecret());
        }
    }

    /** A named connection without a site goes to the emulator, with its demo credentials where it has none. */
    private static void pointAtEmulator(JiraConnection connection, String auth, EmulatorSite emulator) {
        String base = emulator.baseUrl();
        connection.setAllowedHosts("127.0.0.1");
        JiraConnection demo = new JiraConnection();
        if (JiraAuthType.of(auth) == JiraAuthType.BASIC) {
            demo.setEmail(emulator.email());
            demo.setApiToken(emulator.apiToken());
            JiraConnection completed = connection.over(demo);
            connection.setSite(base);
            connection.setEmail(completed.getEmail());
            connection.setApiToken(completed.getApiToken());
            return;
        }
        demo.setApiUrl(base);
        demo.setTokenUrl(base + "/oauth/token");
        demo.setAuthorizationUrl(base + "/authorize");
        demo.setClientId(emulator.clientId());
        demo.setClientSecret(emulator.clientSecret());
        if (JiraAuthType.of(auth) == JiraAuthType.OAUTH2_CLIENT_CREDENTIALS) {
            demo.setCloudId(emulator.cloudId());
        }
        // The connection's own values win; over() tells them from unset ones (whose getters answer Atlassian's).
        JiraConnection completed = connection.over(demo);
        connection.setApiUrl(completed.getApiUrl());
        connection.setTokenUrl(completed.getTokenUrl());
        connection.setAuthorizationUrl(completed.getAuthorizationUrl());
        connection.setClientId(completed.getClientId());
        connection.setClientSecret(completed.getClientSecret());
        connection.setCloudId(completed.getCloudId());
    }

    private static Path freshStateDirectory() {
        try {
            return Files.createTempDirectory("jira-emulator-poll-state");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory for the emulator's poll state", e);
        }
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
