package io.github.jiracloud.app.onboarding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.github.jiracloud.app.onboarding.page.ConnectionRow;
import io.github.jiracloud.app.onboarding.page.ConnectionRow.Status;
import io.github.jiracloud.camel.auth.StoredToken;
import io.github.jiracloud.camel.auth.TokenStore;
import io.github.jiracloud.camel.connection.SiteUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Each connection's state for the status page, from its settings, the token store and the component's token news. */
@ApplicationScoped
public class ConnectionStatuses {

    private final ConnectionProfiles connections;
    private final TokenStore tokens;
    private final TokenActivity activity;
    private final ConnectedSites sites;
    private final FlowScopes flowScopes;

    @Inject
    public ConnectionStatuses(ConnectionProfiles connections, TokenStore tokens, TokenActivity activity,
            ConnectedSites sites, FlowScopes flowScopes) {
        this.connections = connections;
        this.tokens = tokens;
        this.activity = activity;
        this.sites = sites;
        this.flowScopes = flowScopes;
    }

    List<ConnectionRow> rows() {
        return connections.all().stream().map(connection -> withScopeCheck(connection, row(connection))).toList();
    }

    /** OAuth connections' scopes against their flows'; a classic API token has no scopes to compare. */
    private ConnectionRow withScopeCheck(ConnectionProfile connection, ConnectionRow row) {
        if ("basic".equals(connection.auth())) {
            return row;
        }
        return row.withScopeCheck(flowScopes.check(connection.name(), row.scopes(), connection.configKey(),
                connection.connectsByConsent()));
    }

    /** "Connection x is connected to ..." after a successful consent, for a connection that really is connected. */
    Optional<String> connectedNotice(String connection) {
        if (connection == null) {
            return Optional.empty();
        }
        return connections.find(connection).filter(ConnectionProfile::connectsByConsent)
                .flatMap(profile -> tokens.load(profile.name()))
                .map(stored -> "Connection " + connection + " is connected"
                        + sites.find(stored.cloudId()).map(site -> " to " + site.name() + " (" + site.url() + ")")
                                .orElse("")
                        + ".");
    }

    private ConnectionRow row(ConnectionProfile connection) {
        if (connection.connectsByConsent()) {
            return consentRow(connection);
        }
        boolean basic = "basic".equals(connection.auth());
        String auth = basic ? "basic: e-mail and API token" : connection.auth();
        String missing = basic
                ? connection.configKey() + ".email and .api-token"
                : connection.configKey() + ".client-id and .client-secret";
        return new ConnectionRow(connection.name(), auth,
                connection.credentials() ? Status.CONFIGURED : Status.INCOMPLETE, null,
                connection.siteInUse().map(SiteUrl::normalize).orElse(null), connection.cloudId().orElse(null),
                basic ? List.of() : connection.scopes(), null, null,
                connection.credentials() ? null : "Set " + missing + ".", false);
    }

    private ConnectionRow consentRow(ConnectionProfile connection) {
        String auth = "oauth2: Atlassian consent";
        Optional<StoredToken> stored = tokens.load(connection.name());
        Optional<TokenActivity.Latest> latest = activity.latest(connection.name());
        if (!connection.credentials()) {
            return new ConnectionRow(connection.name(), auth, Status.INCOMPLETE, null, null, null, connection.scopes(),
                    null, null, "Set " + connection.configKey() + ".client-id and .client-secret first.", false);
        }
        if (stored.isEmpty()) {
            return new ConnectionRow(connection.name(), auth, Status.NOT_CONNECTED, null,
                    connection.site().map(SiteUrl::normalize).orElse(null), connection.cloudId().orElse(null),
                    connection.scopes(), null, null, "Not authorized yet.",
                    true);
        }
        StoredToken token = stored.get();
        boolean refused = latest.map(TokenActivity.Latest::consentRequiredAt)
                .filter(at -> token.obtainedAt() == null || at.isAfter(token.obtainedAt())).isPresent();
        String cloudId = connection.cloudId().orElse(token.cloudId());
        Optional<AccessibleSite> site = sites.find(cloudId);
        return new ConnectionRow(connection.name(), auth, refused ? Status.CONSENT_AGAIN : Status.CONNECTED,
                site.map(AccessibleSite::name).orElse(null),
                site.map(AccessibleSite::url).orElseGet(() -> connection.site().map(SiteUrl::normalize).orElse(null)),
                cloudId, scopes(token, connection),
                refused ? null : latest.map(TokenActivity.Latest::accessTokenExpiresAt).orElse(null),
                token.obtainedAt(),
                refused ? "Atlassian refused the refresh token (expired or revoked): connect again." : null, true);
    }

    private static List<String> scopes(StoredToken token, ConnectionProfile connection) {
        return token.scope() == null || token.scope().isBlank()
                ? connection.scopes()
                : Arrays.stream(token.scope().split(" ")).filter(scope -> !scope.isBlank()).toList();
    }
}
