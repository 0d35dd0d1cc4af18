package io.github.jiracloud.camel.client.ratelimit;

import java.time.Instant;

/** Told what Jira's rate limits do to a connection, for metrics and health checks. */
public interface RateLimitListener {

    RateLimitListener NONE = new RateLimitListener() {
    };

    /** Jira answered 429 for the limit {@code reason} ({@code RateLimit-Reason}, or "unknown"). */
    default void rateLimited(String connection, String reason) {
    }

    /** The connection's quota is spent: its calls fail fast until {@code until}. */
    default void paused(String connection, Instant until) {
    }
}
