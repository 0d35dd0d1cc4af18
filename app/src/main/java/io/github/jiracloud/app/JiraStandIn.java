package io.github.jiracloud.app;

import java.util.Optional;

/**
 * Where the flows go when no Jira site is configured: an emulator, never in prod. The bundle itself only reaches one
 * by URL ({@link RemoteEmulator}; {@code ./mvnw -Prun} starts it beside the app); the tests put one in-process.
 */
public interface JiraStandIn {

    /** The emulator's site, reached (or started) on the first call; empty when there is none. */
    Optional<EmulatorSite> site(JiraSettings.Emulator settings);
}
