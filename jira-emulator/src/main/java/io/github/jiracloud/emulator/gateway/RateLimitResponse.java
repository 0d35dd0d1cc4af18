package io.github.jiracloud.emulator.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;

import io.github.jiracloud.emulator.http.ApiResponse;

/** Jira Cloud's 429: how long to wait, the limit, and why. */
final class RateLimitResponse {

    private RateLimitResponse() {
    }

    static ApiResponse tooManyRequests(double waitSeconds, int limit, Clock clock) {
        long retryAfter = Math.max(1, (long) Math.ceil(waitSeconds));
        String reset = DateTimeFormatter.ISO_INSTANT.format(clock.instant().plus(Duration.ofSeconds(retryAfter)));
        return ApiResponse.error(429, "Rate limit exceeded.")
                .withHeader("Retry-After", Long.toString(retryAfter))
                .withHeader("X-RateLimit-Limit", Integer.toString(limit))
                .withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", reset)
                .withHeader("RateLimit-Reason", "jira-quota-global-based");
    }
}
