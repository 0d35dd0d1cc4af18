package io.github.jiracloud.app.flows.incident;

import java.util.Map;
import java.util.Set;

import io.github.jiracloud.app.support.MovableClock;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The incident-intake tests' application: a clock the tests move past the comment interval, and the other flows off,
 * so that only alerts write to the emulator (and moving the clock disturbs no timer).
 */
public class IncidentTestProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MovableClock.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("demo.enabled", "false", "triage.enabled", "false", "sla.enabled", "false",
                "report.enabled", "false", "mirror.enabled", "false",
                "incident.wait-for-other-replica", "2s");
    }
}
