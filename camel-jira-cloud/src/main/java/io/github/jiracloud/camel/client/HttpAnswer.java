package io.github.jiracloud.camel.client;

import io.github.jiracloud.camel.client.ratelimit.RateLimitHeaders;

/** What the retry policy reads of an HTTP answer, whether its body was read whole or is still being streamed. */
public interface HttpAnswer {

    int status();

    /** Jira's {@code Retry-After}, or null. */
    String retryAfter();

    /** What the answer says of Jira's rate limits. */
    RateLimitHeaders rateLimit();
}
