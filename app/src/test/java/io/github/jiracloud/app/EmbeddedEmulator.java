package io.github.jiracloud.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.github.jiracloud.emulator.JiraEmulator;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

/**
 * The tests' stand-in for a missing site: the emulator in-process, on the bundle's clock (so tests move its time for
 * codes and tokens), which tests reach through {@link #emulator()} to seed data, inject faults and check the spec.
 * Test code only: the app itself carries no emulator class ({@code PackagedAppIT}).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class EmbeddedEmulator implements JiraStandIn {

    /** The bundle's clock; null outside CDI. */
    @Inject
    Clock clock;

    private JiraEmulator emulator;

    @Override
    public synchronized Optional<EmulatorSite> site(JiraSettings.Emulator settings) {
        if (emulator == null) {
            JiraEmulator.Builder builder = JiraEmulator.builder().port(settings.port())
                    .clock(clock == null ? Clock.systemUTC() : clock).searchLag(settings.searchLag());
            settings.additionalSites().orElse(List.of()).forEach(builder::additionalSite);
            emulator = builder.build().start();
        }
        return Optional.of(new EmulatorSite(emulator.baseUrl(), emulator.cloudId(), JiraEmulator.DEMO_EMAIL,
                JiraEmulator.DEMO_API_TOKEN, JiraEmulator.DEMO_CLIENT_ID, JiraEmulator.DEMO_CLIENT_SECRET));
    }

    /** The running emulator, or null when a real site is configured. */
    public synchronized JiraEmulator emulator() {
        return emulator;
    }

    @PreDestroy
    synchronized void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }
}
