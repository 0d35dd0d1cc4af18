package io.github.jiracloud.camel.auth;

/**
 * Where OAuth 2.0 access tokens come from. The component brings its own ({@link RefreshTokenProvider}); a runtime
 * such as Quarkus can plug in its OIDC client instead, as a bean set on the option {@code accessTokenProvider}.
 */
public interface AccessTokenProvider {

    /** A currently valid access token, renewed as needed. */
    String accessToken();

    /** Jira refused this token (401): forget it, so that the next {@link #accessToken()} renews. */
    default void invalidate(String rejectedToken) {
    }
}
