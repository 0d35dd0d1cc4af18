package io.github.jiracloud.app;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The bundle's Jira connection, from application.properties and the environment ({@code jira.*}). */
@ConfigMapping(prefix = "jira")
public interface JiraSettings {

    /** The Jira site; when absent the embedded emulator serves the flows (unless {@code emulator.enabled=false}). */
    Optional<String> site();

    @WithDefault("basic")
    String auth();

    Optional<String> email();

    Optional<String> apiToken();

    Optional<String> clientId();

    Optional<String> clientSecret();

    Optional<String> refreshToken();

    Optional<String> cloudId();

    Optional<String> tokenStoreDirectory();

    /** Where {@code jira:issue/poll} keeps its position; a writable volume in Kubernetes. */
    Optional<String> stateDirectory();

    Optional<String> allowedHosts();

    Emulator emulator();

    /** The embedded Jira Cloud emulator. */
    interface Emulator {

        /** Whether the emulator may stand in for a missing site; false in the prod profile. */
        @WithDefault("true")
        boolean enabled();

        /** The port it listens on; 0 picks a free one. */
        @WithDefault("0")
        int port();
    }
}
