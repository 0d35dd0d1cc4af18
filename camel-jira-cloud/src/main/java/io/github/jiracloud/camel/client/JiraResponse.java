package io.github.jiracloud.camel.client;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.jiracloud.camel.client.ratelimit.RateLimitHeaders;

/**
 * Jira's answer: status, request id, {@code Retry-After}, the raw body (parsed by {@link JsonCodec}) and what it says
 * of the rate limits.
 */
public record JiraResponse(int status, String requestId, String retryAfter, String contentType, byte[] body,
        RateLimitHeaders rateLimit) implements HttpAnswer {

    public JiraResponse(int status, String requestId, String retryAfter, String contentType, byte[] body) {
        this(status, requestId, retryAfter, contentType, body, RateLimitHeaders.NONE);
    }

    /**
     * An answer made here that stands for one Jira gave but that was lost, e.g. the issue a create made, looked up
     * after the connection broke: the same status and JSON body the lost answer would have had.
     */
    public static JiraResponse standIn(int status, String requestId, Object json) {
        try {
            return new JiraResponse(status, requestId, null, "application/json",
                    JsonCodec.MAPPER.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A stand-in answer must be JSON", e);
        }
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
