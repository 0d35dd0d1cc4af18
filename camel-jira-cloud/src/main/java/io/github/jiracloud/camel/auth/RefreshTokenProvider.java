package io.github.jiracloud.camel.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.jiracloud.camel.error.JiraConsentRequiredException;
import io.github.jiracloud.camel.error.JiraErrorDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2.0 (3LO) access tokens from a rotating refresh token. The access token is cached until shortly before it
 * expires; concurrent callers wait for one refresh instead of each spending the refresh token; and the new refresh
 * token is saved to the {@link TokenStore} before the new access token is handed out, so a crash never loses it.
 */
public final class RefreshTokenProvider implements AccessTokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshTokenProvider.class);

    private final TokenRefresher endpoint;
    private final TokenStore store;
    private final String connection;
    private final String initialRefreshToken;
    private final Clock clock;
    private final TokenEvents events;
    private final CachedAccessToken token;

    /**
     * @param initialRefreshToken used only while the store holds no token for the connection (first start), or when
     *     the stored one is refused and this one differs (the user consented again)
     */
    public RefreshTokenProvider(TokenRefresher endpoint, TokenStore store, String connection,
            String initialRefreshToken, Clock clock) {
        this(endpoint, store, connection, initialRefreshToken, clock, TokenEvents.NONE);
    }

    /** @param events told of each renewal and of a refused refresh token */
    public RefreshTokenProvider(TokenRefresher endpoint, TokenStore store, String connection,
            String initialRefreshToken, Clock clock, TokenEvents events) {
        this.endpoint = endpoint;
        this.store = store;
        this.connection = connection;
        this.initialRefreshToken = initialRefreshToken;
        this.clock = clock;
        this.events = events;
        this.token = new CachedAccessToken(clock);
    }

    @Override
    public String accessToken() {
        return token.get(this::refresh);
    }

    @Override
    public void invalidate(String rejectedToken) {
        token.forget(rejectedToken);
    }

    private CachedAccessToken.Renewal refresh() {
        JiraConsentRequiredException refused = null;
        StoredToken stored = store.load(connection).orElse(null);
        for (String refreshToken : candidates(stored)) {
            try {
                Instant now = clock.instant();
                TokenGrant grant = endpoint.refresh(refreshToken);
                if (grant.refreshToken() != null) {
                    StoredToken base = stored != null ? stored : new StoredToken(null, null, null);
                    store.save(connection, base.rotated(grant.refreshToken(), grant.scope(), now));
                }
                LOG.debug("Refreshed the access token of Jira connection '{}'; it expires in {}", connection,
                        grant.expiresIn());
                events.renewed(connection, now.plus(grant.expiresIn()));
                return new CachedAccessToken.Renewal(grant.accessToken(), now.plus(grant.expiresIn()));
            } catch (JiraConsentRequiredException e) {
                refused = e;
            }
        }
        if (refused == null) {
            refused = nothingStored();
        }
        events.consentRequired(connection, refused);
        throw refused;
    }

    private JiraConsentRequiredException nothingStored() {
        return new JiraConsentRequiredException(new JiraErrorDetails(0, "POST", "/oauth/token",
                List.of("no refresh token is stored for connection '" + connection + "'"), null, null,
                "Authorize the app once (OAuth 2.0 consent) and set the option refreshToken, or store the token in "
                        + "the configured token store"));
    }

    private Set<String> candidates(StoredToken stored) {
        Set<String> tokens = new LinkedHashSet<>();
        if (stored != null && stored.refreshToken() != null) {
            tokens.add(stored.refreshToken());
        }
        if (initialRefreshToken != null && !initialRefreshToken.isBlank()) {
            tokens.add(initialRefreshToken);
        }
        return tokens;
    }

    @Override
    public String toString() {
        return "RefreshTokenProvider[connection=" + connection + ", store=" + store + "]";
    }
}
