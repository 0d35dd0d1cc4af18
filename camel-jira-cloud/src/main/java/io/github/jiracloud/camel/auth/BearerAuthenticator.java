package io.github.jiracloud.camel.auth;

import io.github.jiracloud.camel.client.Authenticator;

/** OAuth 2.0: {@code Authorization: Bearer <access token>}, renewed once after a 401. */
public final class BearerAuthenticator implements Authenticator {

    private static final String PREFIX = "Bearer ";

    private final AccessTokenProvider tokens;

    public BearerAuthenticator(AccessTokenProvider tokens) {
        this.tokens = tokens;
    }

    @Override
    public String authorization() {
        return PREFIX + tokens.accessToken();
    }

    @Override
    public boolean renewAfterRejection(String rejected) {
        tokens.invalidate(rejected.substring(PREFIX.length()));
        return true;
    }

    @Override
    public String rejectionHint() {
        return "The OAuth access token was refused even after renewal: check that the app's scopes cover this call "
                + "and that the connection's cloudId is the site the user consented to";
    }

    @Override
    public String toString() {
        return "BearerAuthenticator[" + tokens.getClass().getSimpleName() + "]";
    }
}
