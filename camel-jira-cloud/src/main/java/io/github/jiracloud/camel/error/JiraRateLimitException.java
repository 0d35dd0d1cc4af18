package io.github.jiracloud.camel.error;

import java.time.Duration;
import java.time.Instant;

/**
 * HTTP 429: one of Jira's rate limits refused the call, after the retries the policy allows; or, for a spent points
 * quota, the connection is paused and the call was not sent at all.
 */
public class JiraRateLimitException extends JiraException {

    private final Duration retryAfter;
    private final String reason;
    private final Instant resetAt;

    public JiraRateLimitException(JiraErrorDetails details, Duration retryAfter) {
        this(details, retryAfter, null, null);
    }

    /**
     * @param reason Jira's {@code RateLimit-Reason}, or null
     * @param resetAt when the limit lifts, or null when Jira did not say
     */
    public JiraRateLimitException(JiraErrorDetails details, Duration retryAfter, String reason, Instant resetAt) {
        super(details);
        this.retryAfter = retryAfter;
        this.reason = reason;
        this.resetAt = resetAt;
    }

    /** What Jira asked to wait ({@code Retry-After}), or null when it did not say. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    /**
     * Which limit: {@code jira-burst-based}, {@code jira-per-issue-on-write}, {@code jira-quota-global-based} or
     * {@code jira-quota-tenant-based} ({@code RateLimit-Reason}), or null when Jira did not say.
     */
    public String getReason() {
        return reason;
    }

    /** When the limit lifts (for a spent quota: the top of the hour, when the connection's calls resume), or null. */
    public Instant getResetAt() {
        return resetAt;
    }

    /** Whether the app's hourly points quota is spent: nothing on the connection is sent until {@link #getResetAt}. */
    public boolean isQuotaSpent() {
        return reason != null && reason.startsWith("jira-quota-");
    }
}
