package io.github.jiracloud.camel.auth;

import java.util.Optional;

/**
 * Keeps each OAuth connection's refresh token. Atlassian rotates refresh tokens on every refresh and the old one
 * dies soon after, so {@link #save} must be durable when it returns: the new token is saved before the new access
 * token is used.
 */
public interface TokenStore {

    Optional<StoredToken> load(String connection);

    void save(String connection, StoredToken token);

    void delete(String connection);
}
