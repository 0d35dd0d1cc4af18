package io.github.jiracloud.camel.client;

import java.nio.charset.StandardCharsets;

/** Jira's answer: status, request id, {@code Retry-After} and the raw body (parsed by {@link JsonCodec}). */
public record JiraResponse(int status, String requestId, String retryAfter, String contentType, byte[] body)
        implements HttpAnswer {

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
