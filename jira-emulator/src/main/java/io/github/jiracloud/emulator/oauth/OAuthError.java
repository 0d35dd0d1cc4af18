package io.github.jiracloud.emulator.oauth;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.jiracloud.emulator.http.ApiResponse;

/** An error of Atlassian's authorization server, which answers {@code {"error": ..., "error_description": ...}}. */
public class OAuthError extends RuntimeException {

    private final int status;
    private final String error;

    public OAuthError(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    public static OAuthError invalidGrant(String description) {
        return new OAuthError(403, "invalid_grant", description);
    }

    public static OAuthError unauthorizedClient() {
        return new OAuthError(401, "access_denied", "Unauthorized");
    }

    public static OAuthError invalidRequest(String description) {
        return new OAuthError(400, "invalid_request", description);
    }

    public String error() {
        return error;
    }

    public ApiResponse response() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", getMessage());
        return ApiResponse.json(status, body);
    }
}
