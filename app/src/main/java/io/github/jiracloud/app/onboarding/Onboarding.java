package io.github.jiracloud.app.onboarding;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.jiracloud.camel.auth.StoredToken;
import io.github.jiracloud.camel.auth.TokenGrant;
import io.github.jiracloud.camel.auth.TokenStore;
import io.github.jiracloud.camel.connection.SiteUrl;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Connects an OAuth 2.0 (3LO) connection: sends the user to Atlassian's consent screen, checks the answer, trades the
 * code for tokens, binds the connection to one site, and only then stores its refresh token. Whatever fails on the
 * way, nothing is stored.
 */
@ApplicationScoped
public class Onboarding {

    private static final Logger LOG = Logger.getLogger(Onboarding.class);

    /** What a callback led to. */
    sealed interface Outcome {

        record Connected(String connection, AccessibleSite site) implements Outcome {
        }

        /** The consent covers several sites and the connection names none: the user chooses. */
        record ChooseSite(String connection, String choice, List<AccessibleSite> sites) implements Outcome {
        }
    }

    private final ConnectionProfiles connections;
    private final TokenStore tokens;
    private final ConnectedSites sites;
    private final Clock clock;
    private final ConsentStates states;
    private final SiteChoices choices;
    private final AtlassianAuthorization atlassian = new AtlassianAuthorization();

    @Inject
    public Onboarding(ConnectionProfiles connections, TokenStore tokens, ConnectedSites sites, Clock clock) {
        this.connections = connections;
        this.tokens = tokens;
        this.sites = sites;
        this.clock = clock;
        this.states = new ConsentStates(clock);
        this.choices = new SiteChoices(clock);
    }

    /** The browser's key for its consents: the one it presents if this application issued it, else a new one. */
    String browserKey(String presented) {
        return states.browserKey(presented);
    }

    /**
     * @param browserKey the starting browser's key (from {@link #browserKey}); its callback must come with the same
     * @return Atlassian's consent screen for the connection, with a new state bound to it and to the browser
     */
    URI start(String connectionName, String redirectUri, String browserKey) {
        ConnectionProfile connection = consentConnection(connectionName);
        return atlassian.authorizeUrl(connection, redirectUri,
                states.begin(connection.name(), redirectUri, browserKey));
    }

    /**
     * Atlassian's redirect back, with either {@code code} or {@code error}, the {@code state} sent out, and the
     * browser's key.
     */
    Outcome callback(String state, String browserKey, String code, String error, String errorDescription) {
        ConsentStates.Pending consent = states.consume(state, browserKey);
        try {
            ConnectionProfile connection = consentConnection(consent.connection());
            if (error != null) {
                throw declined(error, errorDescription);
            }
            if (code == null || code.isBlank()) {
                throw OnboardingProblem.badRequest("Atlassian's answer carries no authorization code. Start again "
                        + "from the connections page.", "callback without a code");
            }
            TokenGrant grant = atlassian.exchangeCode(connection, code, consent.redirectUri());
            return bind(connection, grant, atlassian.accessibleSites(connection, grant.accessToken()),
                    consent.browserKey());
        } catch (OnboardingProblem problem) {
            throw problem.about(consent.connection());
        }
    }

    /** The user's pick on the site-choice page, in the browser that consented. */
    AccessibleSite chooseSite(String connectionName, String choice, String cloudId, String browserKey) {
        try {
            ConnectionProfile connection = consentConnection(connectionName);
            SiteChoices.Pending pending = choices.take(choice, connection.name(), browserKey)
                    .orElseThrow(() -> OnboardingProblem.badRequest("This site choice expired or was already made. "
                            + "Connect again from the connections page.", "unknown, used or expired site choice"));
            AccessibleSite site = pending.site(cloudId)
                    .orElseThrow(() -> OnboardingProblem.badRequest("The chosen site is not one the consent covers. "
                            + "Connect again from the connections page.",
                            "chosen cloud id is not among the offered sites"));
            store(connection, pending.grant(), site);
            return site;
        } catch (OnboardingProblem problem) {
            throw problem.about(connectionName);
        }
    }

    private Outcome bind(ConnectionProfile connection, TokenGrant grant, List<AccessibleSite> accessible,
            String browserKey) {
        if (connection.cloudId().isPresent() || connection.site().isPresent()) {
            AccessibleSite configured = accessible.stream().filter(site -> isConfigured(connection, site)).findFirst()
                    .orElseThrow(() -> notAccessible(connection, accessible));
            store(connection, grant, configured);
            return new Outcome.Connected(connection.name(), configured);
        }
        if (accessible.isEmpty()) {
            throw OnboardingProblem.badRequest("The consent gives access to no Jira site. Connect again and choose a "
                    + "site on Atlassian's consent screen.", "the consent covers no site");
        }
        if (accessible.size() == 1) {
            store(connection, grant, accessible.get(0));
            return new Outcome.Connected(connection.name(), accessible.get(0));
        }
        return new Outcome.ChooseSite(connection.name(), choices.offer(connection.name(), grant, accessible,
                browserKey), accessible);
    }

    private void store(ConnectionProfile connection, TokenGrant grant, AccessibleSite site) {
        tokens.save(connection.name(), new StoredToken(grant.refreshToken(), grant.scope(), clock.instant(),
                site.cloudId()));
        sites.remember(site);
        LOG.infof("Jira connection '%s' is connected to site %s (%s, cloud id %s)", connection.name(), site.name(),
                site.url(), site.cloudId());
    }

    private static boolean isConfigured(ConnectionProfile connection, AccessibleSite site) {
        if (connection.cloudId().isPresent()) {
            return connection.cloudId().get().strip().equals(site.cloudId());
        }
        return SiteUrl.normalize(connection.site().get()).equalsIgnoreCase(SiteUrl.normalize(site.url()));
    }

    private static OnboardingProblem notAccessible(ConnectionProfile connection, List<AccessibleSite> accessible) {
        String configured = connection.cloudId().map(id -> "cloud id " + id)
                .orElseGet(() -> "site " + connection.site().get());
        String offered = accessible.isEmpty()
                ? "none"
                : accessible.stream()
                        .map(site -> site.name() + " (" + site.url() + ")").collect(Collectors.joining(", "));
        return OnboardingProblem.badRequest("Connection '" + connection.name() + "' is configured for " + configured
                + ", but the consent gives access only to: " + offered + ". Connect again and choose that site on "
                + "Atlassian's consent screen, or correct " + connection.configKey() + "."
                + (connection.cloudId().isPresent() ? "cloud-id" : "site") + ".",
                "the configured " + configured + " is not among the accessible sites");
    }

    private static OnboardingProblem declined(String error, String description) {
        if ("access_denied".equals(error)) {
            return OnboardingProblem.badRequest("Access was not granted on Atlassian's consent screen, so the "
                    + "connection was not made. Connect again and choose Accept to connect.",
                    "the user denied access (access_denied)");
        }
        return OnboardingProblem.badRequest("Atlassian refused the authorization: " + error
                + (description == null ? "" : " (" + description + ")") + ". Check the connection's scopes and the "
                + "app's settings in the developer console, then connect again.",
                "authorization refused: " + error);
    }

    /** @throws OnboardingProblem when there is no such connection, or it does not connect through consent */
    private ConnectionProfile consentConnection(String name) {
        Optional<ConnectionProfile> found = connections.find(name);
        if (found.isEmpty()) {
            throw OnboardingProblem.notFound("There is no connection named '" + name + "'. Configured: "
                    + connections.all().stream().map(ConnectionProfile::name).collect(Collectors.joining(", ")) + ".",
                    "no such connection").about(name);
        }
        ConnectionProfile connection = found.get();
        if (!connection.connectsByConsent()) {
            throw OnboardingProblem.badRequest("Connection '" + name + "' uses auth=" + connection.auth() + "; only "
                    + "auth=oauth2 connections connect through Atlassian's consent screen.", "not an oauth2 connection")
                    .about(name);
        }
        if (connection.clientId().isEmpty() || connection.clientSecret().isEmpty()) {
            throw OnboardingProblem.badRequest("Connection '" + name + "' needs " + connection.configKey()
                    + ".client-id and " + connection.configKey() + ".client-secret from the app in Atlassian's "
                    + "developer console before it can connect.", "client id or secret not configured").about(name);
        }
        if (connection.scopes().isEmpty()) {
            throw OnboardingProblem.badRequest("Connection '" + name + "' asks for no scopes: set "
                    + connection.configKey() + ".scopes (e.g. read:jira-work write:jira-work) to the Jira API scopes "
                    + "added to the app in the developer console.", "no scopes configured").about(name);
        }
        return connection;
    }

    @PreDestroy
    void close() throws IOException {
        atlassian.close();
    }
}
