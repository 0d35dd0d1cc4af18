package io.github.jiracloud.camel.auth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link TokenStore} for tests and short-lived apps: tokens are lost on exit. */
public final class InMemoryTokenStore implements TokenStore {

    private final Map<String, StoredToken> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredToken> load(String connection) {
        return Optional.ofNullable(tokens.get(connection));
    }

    @Override
    public void save(String connection, StoredToken token) {
        tokens.put(connection, token);
    }

    @Override
    public void delete(String connection) {
        tokens.remove(connection);
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore[" + tokens.size() + " connections]";
    }
}
