package io.github.jiracloud.app.onboarding;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The connection pages ({@code jira.onboarding.*}). */
@ConfigMapping(prefix = "jira.onboarding")
public interface OnboardingSettings {

    /**
     * Whether {@code /jira/connections}, {@code /jira/connect/...} and {@code /jira/callback} are served. Off in prod
     * unless switched on; when on there, put them behind authentication.
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * The URL the browser reaches this application at, e.g. {@code https://jira-bundle.example.com}; the callback
     * URL registered with Atlassian is this plus {@code /jira/callback}. Unset: the origin of the request that
     * started the connection (fine on one machine; behind a proxy or ingress, set it).
     */
    Optional<String> publicUrl();
}
