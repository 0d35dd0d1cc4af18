package io.github.jiracloud.camel;

import java.time.Duration;

/**
 * Told about every action a producer performed: which operation, how long it took, and how it failed. The seam for
 * metrics (the route bundle records Micrometer timers with it) without tying the component to a metrics library.
 */
@FunctionalInterface
public interface JiraCallObserver {

    JiraCallObserver NONE = (operation, duration, failure) -> {
    };

    /** @param failure what the action threw, or null when it succeeded */
    void completed(JiraOperation operation, Duration duration, Throwable failure);
}
