package io.github.jiracloud.camel.client;

import java.nio.charset.StandardCharsets;

import io.github.jiracloud.camel.client.ratelimit.RateLimitHeaders;

/**
 * Jira's answer: status, request id, {@code Retry-After}, the raw body (parsed by {@link JsonCodec}) and what it says
 * of the rate limits; or, for a write whose answer was lost, what its {@link OutcomeCheck} found instead.
 */
public record JiraResponse(int status, String requestId, String retryAfter, String contentType, byte[] body,
        RateLimitHeaders rateLimit, OutcomeCheck.Found found) implements HttpAnswer {

    public JiraResponse(int status, String requestId, String retryAfter, String contentType, byte[] body,
            RateLimitHeaders rateLimit) {
        this(status, requestId, retryAfter, contentType, body, rateLimit, null);
    }

    public JiraResponse(int status, String requestId, String retryAfter, String contentType, byte[] body) {
        this(status, requestId, retryAfter, contentType, body, RateLimitHeaders.NONE);
    }

    /**
     * The answer standing for one that was lost, e.g. the issue a create made, looked up after the connection broke:
     * its result already parsed, as the lost answer's would have been.
     */
    public static JiraResponse of(OutcomeCheck.Found found) {
        return new JiraResponse(200, null, null, null, null, RateLimitHeaders.NONE, found);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean hasBody() {
        return body != null && body.length > 0;
    }

    public String bodyText() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }
}
