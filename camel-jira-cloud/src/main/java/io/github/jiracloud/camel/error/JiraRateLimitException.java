package io.github.jiracloud.camel.error;

import java.time.Duration;

/** HTTP 429: Jira's rate limit was still exceeded after the retries the policy allows. */
public class JiraRateLimitException extends JiraException {

    private final Duration retryAfter;

    public JiraRateLimitException(JiraErrorDetails details, Duration retryAfter) {
        super(details);
        this.retryAfter = retryAfter;
    }

    /** What Jira asked to wait ({@code Retry-After}), or null when it did not say. */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
