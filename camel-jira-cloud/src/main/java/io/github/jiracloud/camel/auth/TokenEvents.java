package io.github.jiracloud.camel.auth;

import java.time.Instant;

import io.github.jiracloud.camel.error.JiraConsentRequiredException;

/**
 * Told what happens to an OAuth 2.0 (3LO) connection's tokens: a renewed access token, or a refresh token Atlassian
 * refused. The seam for a status page (the route bundle shows expiry and "consent again" with it); it never sees a
 * token.
 */
public interface TokenEvents {

    TokenEvents NONE = new TokenEvents() {
    };

    /** A refresh gave a new access token, valid until {@code expiresAt}. */
    default void renewed(String connection, Instant expiresAt) {
    }

    /** No stored or configured refresh token was accepted: the user has to consent again. */
    default void consentRequired(String connection, JiraConsentRequiredException reason) {
    }
}
