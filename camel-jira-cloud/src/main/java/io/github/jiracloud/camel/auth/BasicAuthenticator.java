package io.github.jiracloud.camel.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.jiracloud.camel.client.Authenticator;

/** Jira Cloud's Basic auth: the account's e-mail and an API token. */
public final class BasicAuthenticator implements Authenticator {

    private final String header;

    public BasicAuthenticator(String email, String apiToken) {
        this.header = "Basic " + Base64.getEncoder()
                .encodeToString((email + ":" + apiToken).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String authorization() {
        return header;
    }

    @Override
    public boolean renewAfterRejection(String rejected) {
        return false;
    }

    @Override
    public String rejectionHint() {
        return "Check the options email and apiToken: the token must belong to that account and not be revoked "
                + "(manage tokens at https://id.atlassian.com/manage-profile/security/api-tokens). A scoped API token "
                + "(a service account's) works only through Atlassian's API gateway: set scopedApiToken=true";
    }

    @Override
    public String scopeHint() {
        return "A scoped API token has the scopes chosen when it was created: create one with these scopes "
                + "(https://id.atlassian.com/manage-profile/security/api-tokens, Create API token with scopes) and set "
                + "it as apiToken";
    }

    @Override
    public String toString() {
        return "BasicAuthenticator[credentials hidden]";
    }
}
