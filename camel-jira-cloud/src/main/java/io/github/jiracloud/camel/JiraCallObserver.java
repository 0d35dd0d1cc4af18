package io.github.jiracloud.camel;

import java.time.Duration;

import io.github.jiracloud.camel.client.ratelimit.RateLimitListener;

/**
 * Told about every action a producer performed: which operation, how long it took, and how it failed; and, through
 * {@link RateLimitListener}, of each 429 by its reason and of a connection paused by a spent quota. The seam for
 * metrics (the route bundle records Micrometer meters with it) without tying the component to a metrics library.
 */
@FunctionalInterface
public interface JiraCallObserver extends RateLimitListener {

    JiraCallObserver NONE = (operation, duration, failure) -> {
    };

    /** @param failure what the action threw, or null when it succeeded */
    void completed(JiraOperation operation, Duration duration, Throwable failure);
}
