package io.github.jiracloud.app.onboarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import io.github.jiracloud.app.BoundConnections;
import io.github.jiracloud.camel.JiraAuthType;
import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.connection.JiraConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The configured connections as onboarding sees them: the default one ({@code camel.component.jira.*}) and each
 * named one ({@code camel.component.jira.connections[<name>].*}). Settings come from the component, as every flow's
 * endpoints get them (a named
 * connection falls back to the default's, the embedded emulator fills in its URLs); only the site counts as
 * configured when the connection names it itself, since a site chosen at consent wins over an inherited one.
 */
@ApplicationScoped
public class ConnectionProfiles {

    private final BoundConnections bound;
    private final JiraComponent component;

    @Inject
    public ConnectionProfiles(BoundConnections bound, @Named("jira") JiraComponent component) {
        this.bound = bound;
        this.component = component;
    }

    /** The default connection first, then the named ones by name. */
    List<ConnectionProfile> all() {
        List<ConnectionProfile> profiles = new ArrayList<>();
        JiraConnection defaults = component.getConnectionOptions();
        String defaultName = component.getConfiguration().getConnection();
        profiles.add(profile(defaultName, BoundConnections.DEFAULT_KEY, defaults, bound.configuredSite(defaultName)));
        new TreeMap<>(component.getConnections()).forEach((name, connection) -> profiles.add(
                profile(name, BoundConnections.keyOf(name), connection.over(defaults), bound.configuredSite(name))));
        return profiles;
    }

    Optional<ConnectionProfile> find(String name) {
        return all().stream().filter(profile -> profile.name().equals(name)).findFirst();
    }

    private static ConnectionProfile profile(String name, String configKey, JiraConnection config,
            Optional<String> ownSite) {
        return new ConnectionProfile(name, configKey, authName(config.getAuth()),
                ownSite.filter(site -> !site.isBlank()),
                present(config.getSite()), present(config.getCloudId()), present(config.getClientId()),
                present(config.getClientSecret()),
                scopes(config.getScopes()), config.getAuthorizationUrl(), config.getTokenUrl(), config.getApiUrl(),
                present(config.getAllowedHosts()), hasCredentials(config));
    }

    /** The option's canonical spelling; an invalid value as written (the flows using it fail at start, naming it). */
    private static String authName(String auth) {
        try {
            return JiraAuthType.of(auth).optionValue();
        } catch (IllegalArgumentException e) {
            return String.valueOf(auth);
        }
    }

    private static boolean hasCredentials(JiraConnection config) {
        boolean basic = "basic".equals(authName(config.getAuth()));
        return basic
                ? present(config.getEmail()).isPresent() && present(config.getApiToken()).isPresent()
                : present(config.getClientId()).isPresent() && present(config.getClientSecret()).isPresent();
    }

    private static List<String> scopes(String scopes) {
        return scopes == null
                ? List.of()
                : Arrays.stream(scopes.strip().split("[\\s,]+"))
                        .filter(scope -> !scope.isEmpty() && !scope.equals(AtlassianAuthorization.OFFLINE_ACCESS))
                        .toList();
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
