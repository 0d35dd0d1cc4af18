package io.github.jiracloud.app.onboarding;

import java.util.Map;
import java.util.Set;

import io.github.jiracloud.app.support.MovableClock;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The onboarding tests' application: a movable clock, an emulator with a second site (so a consent covers two), and
 * the flows off, since moving the clock would disturb their timers and pollers.
 */
public class OnboardingTestProfile implements QuarkusTestProfile {

    static final String SECOND_SITE = "second";

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MovableClock.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("jira.emulator.additional-sites", SECOND_SITE,
                "demo.enabled", "false", "triage.enabled", "false", "sla.enabled", "false",
                "report.enabled", "false", "mirror.enabled", "false");
    }
}
