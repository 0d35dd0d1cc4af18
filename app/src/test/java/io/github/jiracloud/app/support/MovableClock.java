package io.github.jiracloud.app.support;

import io.github.jiracloud.emulator.SettableClock;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Enabled by a test profile ({@code getEnabledAlternatives}), makes the bundle's clock one that tests move: a ticking
 * {@link SettableClock}, read by the consent states, the token stamps and the embedded emulator alike. Tests inject
 * {@code SettableClock}.
 */
@Alternative
@Singleton
public class MovableClock {

    @Produces
    @Singleton
    SettableClock clock() {
        return SettableClock.ticking();
    }
}
