package io.github.jiracloud.app.onboarding;

import java.util.Map;
import java.util.Set;

import io.github.jiracloud.app.support.MovableClock;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The onboarding tests' application: a movable clock, an emulator with a second site (so a consent covers two), and
 * the flows off, since moving the clock would disturb their timers and pollers; and one more connection, delta, with
 * an authorization URL of its own.
 */
public class OnboardingTestProfile implements QuarkusTestProfile {

    static final String SECOND_SITE = "second";
    /** Where the connection delta asks for consent: its own authorization-url, not the emulator's /authorize. */
    static final String DELTA_AUTHORIZATION_URL = "https://consent.example.test/oauth/authorize";

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MovableClock.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(Map.entry("jira.emulator.additional-sites", SECOND_SITE),
                Map.entry("demo.enabled", "false"), Map.entry("triage.enabled", "false"),
                Map.entry("sla.enabled", "false"), Map.entry("report.enabled", "false"),
                Map.entry("mirror.enabled", "false"),
                Map.entry("camel.component.jira.connections[delta].auth", "oauth2"),
                Map.entry("camel.component.jira.connections[delta].client-id", OnboardingTest.CLIENT_ID),
                Map.entry("camel.component.jira.connections[delta].client-secret", OnboardingTest.CLIENT_SECRET),
                Map.entry("camel.component.jira.connections[delta].authorization-url", DELTA_AUTHORIZATION_URL));
    }
}
