package io.github.jiracloud.camel.support;

import java.time.Duration;

import io.github.jiracloud.camel.client.Sleeper;
import io.github.jiracloud.emulator.SettableClock;

/**
 * Waits by moving a clock that the emulator shares instead of sleeping: a minute of Jira's search lag passes at once,
 * and Jira sees the time go by as the component waits.
 */
public final class ClockAdvancingSleeper implements Sleeper {

    private final SettableClock clock;

    public ClockAdvancingSleeper(SettableClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        clock.advance(duration);
    }
}
