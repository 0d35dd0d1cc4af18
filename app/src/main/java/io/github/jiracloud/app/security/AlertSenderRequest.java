package io.github.jiracloud.app.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * The credential an alert sender presented: the whole value after {@code Bearer}, or the decoded {@code user:password}
 * of {@code Basic}. Its own request type, so that no other identity provider (OIDC's bearer tokens, the admin login)
 * ever judges it.
 */
public final class AlertSenderRequest extends BaseAuthenticationRequest {

    enum Scheme {
        BEARER, BASIC
    }

    private final Scheme scheme;
    private final String credential;

    AlertSenderRequest(Scheme scheme, String credential) {
        this.scheme = scheme;
        this.credential = credential;
    }

    Scheme scheme() {
        return scheme;
    }

    String credential() {
        return credential;
    }

    @Override
    public String toString() {
        return "AlertSenderRequest[" + scheme + "]";
    }
}
