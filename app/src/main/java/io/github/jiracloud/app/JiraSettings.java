package io.github.jiracloud.app;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The bundle's Jira connection, from application.properties and the environment ({@code jira.*}). */
@ConfigMapping(prefix = "jira")
public interface JiraSettings {

    /** The Jira site; when absent the emulator serves the flows (unless {@code emulator.enabled=false}). */
    Optional<String> site();

    @WithDefault("basic")
    String auth();

    Optional<String> email();

    Optional<String> apiToken();

    /** Whether the API token is a scoped one (a service account's), which works only through the API gateway. */
    @WithDefault("false")
    boolean scopedApiToken();

    Optional<String> clientId();

    Optional<String> clientSecret();

    Optional<String> refreshToken();

    Optional<String> cloudId();

    /** OAuth scopes, for the consent page and service accounts. */
    Optional<String> scopes();

    TokenStore tokenStore();

    /** More connections beside the default one ({@code jira.*}), picked in a flow with {@code connection=<name>}. */
    Map<String, Connection> connections();

    /** Where {@code jira:issue/poll} keeps its position; a writable volume in Kubernetes. */
    Optional<String> stateDirectory();

    Optional<String> allowedHosts();

    Emulator emulator();

    /** Where rotated OAuth refresh tokens are kept ({@code jira.token-store.*}). */
    interface TokenStore {

        /** file (a directory, e.g. a volume), kubernetes-secret (shared by the replicas) or memory (dev, tests). */
        @WithDefault("file")
        String type();

        /** For type file; defaults to .camel-jira/tokens in the user's home directory. */
        Optional<String> directory();

        /** For type kubernetes-secret: the Secret, a key per connection (the Role allows this name). */
        @WithDefault("jira-route-bundle-token-store")
        String secretName();

        /** For type kubernetes-secret: the Secret's namespace; unset = the pod's own. */
        Optional<String> namespace();

        /**
         * For type kubernetes-secret: how long the replica that refreshes a connection's token holds the refresh
         * lease; the others wait that long at most before one of them takes over. Well below Atlassian's 10-minute
         * reuse leeway, well above a refresh and the replicas' clock skew.
         */
        @WithDefault("30s")
        Duration leaseDuration();
    }

    /** A named connection ({@code jira.connections.<name>.*}): a site and the credentials to reach it. */
    interface Connection {

        /** basic, oauth2 or oauth2-client-credentials. */
        @WithDefault("basic")
        String auth();

        /** The site; with the emulator serving, a connection without one goes to the emulator. */
        Optional<String> site();

        Optional<String> email();

        Optional<String> apiToken();

        /** Whether the API token is a scoped one (a service account's), which works only through the API gateway. */
        Optional<Boolean> scopedApiToken();

        Optional<String> clientId();

        Optional<String> clientSecret();

        Optional<String> refreshToken();

        Optional<String> scopes();

        Optional<String> cloudId();

        Optional<String> authorizationUrl();

        Optional<String> tokenUrl();

        Optional<String> apiUrl();

        Optional<String> allowedHosts();
    }

    /** The Jira Cloud emulator that stands in for a missing site (dev and test; never in prod). */
    interface Emulator {

        /** Whether the emulator may stand in for a missing site; false in the prod profile. */
        @WithDefault("true")
        boolean enabled();

        /** Where it runs, e.g. {@code http://127.0.0.1:8090} ({@code ./mvnw -Prun} starts it and sets this). */
        Optional<String> url();

        /** The emulator's demo account and OAuth app (its defaults). */
        @WithDefault("demo@example.com")
        String email();

        @WithDefault("demo-api-token")
        String apiToken();

        @WithDefault("demo-client-id")
        String clientId();

        @WithDefault("demo-client-secret-0123456789abcdef")
        String clientSecret();

        /** For an emulator the tests start in-process: the port it listens on; 0 picks a free one. */
        @WithDefault("0")
        int port();

        /** For an emulator the tests start in-process: more sites beside the primary one, by name. */
        Optional<List<String>> additionalSites();

        /**
         * For an emulator the tests start in-process: how long after a write its search sees it, as Jira Cloud's
         * eventually consistent search; 0 in tests. (The run profile's emulator has its own, --search-lag.)
         */
        @WithDefault("3s")
        Duration searchLag();

        /**
         * How the default connection reaches the emulator: basic (its demo API token) or oauth2-client-credentials
         * (its demo OAuth 2.0 app as a service account, asking for {@code jira.scopes}), to run the flows as an OAuth
         * app would, under the emulator's scope checks.
         */
        @WithDefault("basic")
        String auth();
    }
}
