package io.github.jiracloud.app;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What the bundle adds to its Jira connections ({@code jira.*}): where OAuth refresh tokens are kept and the emulator
 * that stands in for a missing site. The connections themselves are the component's options,
 * {@code camel.component.jira.*} and {@code camel.component.jira.connections[<name>].*}, which Camel binds.
 */
@ConfigMapping(prefix = "jira")
public interface JiraSettings {

    TokenStore tokenStore();

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
         * (its demo OAuth 2.0 app as a service account, asking for {@code camel.component.jira.scopes}), to run the
         * flows as an OAuth
         * app would, under the emulator's scope checks.
         */
        @WithDefault("basic")
        String auth();
    }
}
