package io.github.jiracloud.camel.support;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.jiracloud.camel.client.Sleeper;

/** Records the waits between retries instead of sleeping, so retry tests run instantly. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
    }

    public List<Duration> sleeps() {
        return sleeps;
    }
}
