package io.github.jiracloud.camel.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.camel.error.JiraAuthenticationException;
import io.github.jiracloud.camel.error.JiraBadRequestException;
import io.github.jiracloud.camel.error.JiraConflictException;
import io.github.jiracloud.camel.error.JiraErrorDetails;
import io.github.jiracloud.camel.error.JiraException;
import io.github.jiracloud.camel.error.JiraNotFoundException;
import io.github.jiracloud.camel.error.JiraPermissionException;
import io.github.jiracloud.camel.error.JiraRateLimitException;
import io.github.jiracloud.camel.error.JiraScopeException;
import io.github.jiracloud.camel.error.JiraServerException;
import io.github.jiracloud.camel.scope.CallScopes;
import io.github.jiracloud.camel.scope.ScopeCatalogue;

/** Turns a non-2xx answer into the typed exception, reading Jira's error body when there is one. */
public final class ErrorMapper {

    private static final int SNIPPET_LENGTH = 200;
    private static final String SCOPE_MISMATCH = "scope does not match";

    private ErrorMapper() {
    }

    public static JiraException toException(String method, String path, JiraResponse response, String hint) {
        JiraErrorDetails details = details(method, path, response).withHint(hint);
        return switch (response.status()) {
            case 400 -> new JiraBadRequestException(details);
            case 401 -> isScopeMismatch(response)
                    ? new JiraScopeException(details, ScopeCatalogue.bundled().forRequest(method, path)
                            .map(CallScopes::alternatives).orElse(List.of()))
                    : new JiraAuthenticationException(details);
            case 403 -> new JiraPermissionException(details);
            case 404 -> new JiraNotFoundException(details);
            case 409 -> new JiraConflictException(details);
            case 429 -> new JiraRateLimitException(details, parseRetryAfter(response.retryAfter()),
                    response.rateLimit().reason(), response.rateLimit().reset());
            default -> response.status() >= 500 ? new JiraServerException(details) : new JiraException(details);
        };
    }

    /**
     * Jira's 401 for a valid token without the call's scopes, {@code {"code": 401, "message": "Unauthorized; scope does
     * not match"}}, as opposed to a missing, expired or revoked credential.
     */
    public static boolean isScopeMismatch(JiraResponse response) {
        if (response.status() != 401) {
            return false;
        }
        JsonNode body = parseQuietly(response);
        return body != null && body.path("message").asText("").toLowerCase(java.util.Locale.ROOT)
                .contains(SCOPE_MISMATCH);
    }

    /**
     * What to tell the user when Jira refused a call's scopes: which the call needs (from the component's scope table)
     * and {@code fix}, the authentication's advice on adding them.
     */
    public static String scopeHint(String method, String path, String fix) {
        return ScopeCatalogue.bundled().forRequest(method, path)
                .map(call -> "The token lacks the OAuth 2.0 scopes of " + call.call() + ": it needs " + call.describe()
                        + ". " + fix)
                .orElse("The token lacks the OAuth 2.0 scopes of this call (Atlassian's REST reference names them). "
                        + fix);
    }

    public static JiraErrorDetails details(String method, String path, JiraResponse response) {
        List<String> messages = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        JsonNode body = parseQuietly(response);
        if (body != null && body.isObject()) {
            body.path("errorMessages").forEach(message -> messages.add(message.asText()));
            body.path("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asText()));
            // The bulk operations answer {"errors": [{"message": "..."}]} (the spec's BulkOperationErrorResponse).
            if (body.path("errors").isArray()) {
                body.path("errors").forEach(error -> messages.add(error.path("message").asText(error.toString())));
            }
            // OAuth endpoints answer {"error": "...", "error_description": "..."}
            if (body.hasNonNull("error") && body.get("error").isTextual()) {
                messages.add(body.get("error").asText()
                        + (body.hasNonNull("error_description") ? ": " + body.get("error_description").asText() : ""));
            }
            if (messages.isEmpty() && errors.isEmpty() && body.hasNonNull("message")) {
                messages.add(body.get("message").asText());
            }
        } else if (response.hasBody()) {
            messages.add(
                    "a non-JSON answer" + (response.contentType() == null ? "" : " (" + response.contentType() + ")")
                            + ": " + snippet(response.bodyText()));
        }
        return new JiraErrorDetails(response.status(), method, path, messages, errors, response.requestId(), null);
    }

    private static JsonNode parseQuietly(JiraResponse response) {
        if (!response.hasBody()) {
            return null;
        }
        try {
            return JsonCodec.readTree(response.body());
        } catch (Exception e) {
            return null;
        }
    }

    /** The first words of an HTML or text body: tags removed, whitespace collapsed. */
    static String snippet(String text) {
        String plain = text.replaceAll("(?s)<(script|style).*?</\\1>", " ").replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ").strip();
        return plain.length() <= SNIPPET_LENGTH ? plain : plain.substring(0, SNIPPET_LENGTH) + "...";
    }

    /** {@code Retry-After} in seconds (Jira's form); the HTTP-date form is not used by Jira and is ignored. */
    public static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
