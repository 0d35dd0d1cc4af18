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
        return "The OAuth access token was refused even after renewal: check that the connection's cloudId is the site "
                + "the user consented to, and that the app's access was not revoked";
    }

    @Override
    public String scopeHint() {
        return "Add them to the app's permissions in the Atlassian developer console (Permissions: Jira API, Jira "
                + "Software API) and to the connection's option scopes, then consent again (for 3LO: connect the "
                + "connection once more); a service account's token asks for the option scopes when it is next renewed, "
                + "and its OAuth credential must allow them. The component docs list the scopes of every action";
    }

    @Override
    public String toString() {
        return "BearerAuthenticator[" + tokens.getClass().getSimpleName() + "]";
    }
}
