package io.github.jiracloud.camel.connection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import io.github.jiracloud.camel.auth.StoredToken;
import io.github.jiracloud.camel.auth.TokenStore;

/**
 * The cloud id of the site an OAuth connection was bound to at consent, kept in the token store beside the refresh
 * token. Read again now and then, so that reconnecting to another site (here or on another replica) takes effect
 * without a restart; without a binding, the discovered cloud id serves.
 */
final class BoundCloudId implements Supplier<String> {

    static final Duration RECHECK = Duration.ofSeconds(30);

    private final TokenStore store;
    private final String connection;
    private final Clock clock;
    private final Supplier<String> discovered;
    private volatile String bound;
    private volatile Instant recheckAt = Instant.MIN;

    BoundCloudId(TokenStore store, String connection, Clock clock, Supplier<String> discovered) {
        this.store = store;
        this.connection = connection;
        this.clock = clock;
        this.discovered = discovered;
    }

    @Override
    public String get() {
        Instant now = clock.instant();
        if (!now.isBefore(recheckAt)) {
            bound = store.load(connection).map(StoredToken::cloudId).filter(id -> !id.isBlank()).orElse(null);
            recheckAt = now.plus(RECHECK);
        }
        String site = bound;
        return site != null ? site : discovered.get();
    }
}
