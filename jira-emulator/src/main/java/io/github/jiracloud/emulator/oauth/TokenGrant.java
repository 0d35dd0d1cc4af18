package io.github.jiracloud.emulator.oauth;

import java.util.LinkedHashMap;
import java.util.Map;

/** A token endpoint answer; {@code refreshToken} is null when none was issued. */
public record TokenGrant(String accessToken, long expiresIn, String refreshToken, String scope) {

    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("access_token", accessToken);
        json.put("expires_in", expiresIn);
        json.put("token_type", "Bearer");
        if (refreshToken != null) {
            json.put("refresh_token", refreshToken);
        }
        json.put("scope", scope);
        return json;
    }
}
