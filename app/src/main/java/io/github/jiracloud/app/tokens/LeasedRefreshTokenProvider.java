package io.github.jiracloud.app.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.github.jiracloud.camel.auth.AccessTokenProvider;
import io.github.jiracloud.camel.auth.CachedAccessToken;
import io.github.jiracloud.camel.auth.TokenEvents;
import io.github.jiracloud.camel.auth.TokenGrant;
import io.github.jiracloud.camel.auth.TokenRefresher;
import io.github.jiracloud.camel.client.Sleeper;
import io.github.jiracloud.camel.error.JiraConsentRequiredException;
import io.github.jiracloud.camel.error.JiraErrorDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access tokens for one OAuth connection shared by every replica through the {@link KubernetesSecretTokenStore}, so
 * that when several replicas need a new token at once exactly one of them spends the refresh token.
 *
 * <p>Why a lease: Atlassian rotates the refresh token on every refresh, and a grant cannot be undone. Replicas that
 * each
 * refreshed and then compared-and-swapped the result would all have rotated the family, and a loser's discarded token
 * is gone. So the decision who refreshes is made before anyone calls the token endpoint:
 * <ol>
 * <li>A replica whose own access token is missing, near expiry or refused (401) reads the connection's entry. An access
 * token there that is fresh and not the refused one is used as it is: another replica has already refreshed.</li>
 * <li>Otherwise it takes the entry's lease by compare-and-swap (holder = this replica, until = now + lease duration),
 * if
 * the lease is free or expired. Only the holder calls the token endpoint, with the entry's refresh token.</li>
 * <li>The holder writes the rotated refresh token, the new access token and its expiry, and frees the lease in one
 * compare-and-swap, before it uses the access token; then the others find it in step 1.</li>
 * <li>The others poll the entry until the access token appears or the lease expires (a holder that died); then one of
 * them takes the lease over. A holder that died after its grant left the entry one rotation behind, which Atlassian's
 * reuse leeway (10 minutes) still accepts, as long as the lease is shorter than the leeway.</li>
 * </ol>
 * A holder whose lease expired and was taken over before it wrote keeps its access token, which is valid, and writes
 * its rotation only if the entry still holds the refresh token it refreshed from. Within a replica, threads share one
 * refresh. Lease times come from each replica's clock, so the lease must be much longer than the clocks' skew.
 */
public final class LeasedRefreshTokenProvider implements AccessTokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(LeasedRefreshTokenProvider.class);
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);

    private final KubernetesSecretTokenStore store;
    private final String connection;
    private final String initialRefreshToken;
    private final TokenRefresher refresher;
    private final String holder;
    private final Lease lease;
    private final Clock clock;
    private final Sleeper sleeper;
    private final CachedAccessToken token;
    private volatile String refused;
    private final TokenEvents events;

    /**
     * @param initialRefreshToken used while the Secret holds no token for the connection (first start), or when the
     *     stored one is refused and this one differs (the user consented again)
     * @param holder this replica's name in the lease, unique among the replicas (the pod name)
     */
    public LeasedRefreshTokenProvider(KubernetesSecretTokenStore store, String connection, String initialRefreshToken,
            TokenRefresher refresher, String holder, Lease lease, Clock clock, Sleeper sleeper,
            TokenEvents events) {
        this.store = store;
        this.events = events;
        this.connection = connection;
        this.initialRefreshToken = initialRefreshToken;
        this.refresher = refresher;
        this.holder = holder;
        this.lease = lease;
        this.clock = clock;
        this.sleeper = sleeper;
        this.token = new CachedAccessToken(clock);
    }

    /** How long a refresh may hold the lease, and how often the others look whether it is done. */
    public record Lease(Duration duration, Duration pollInterval) {
        public static final Lease DEFAULT = new Lease(Duration.ofSeconds(30), Duration.ofMillis(200));
    }

    @Override
    public String accessToken() {
        return token.get(this::sharedOrRefreshed);
    }

    @Override
    public void invalidate(String rejectedToken) {
        refused = rejectedToken;
        token.forget(rejectedToken);
    }

    private CachedAccessToken.Renewal sharedOrRefreshed() {
        Instant giveUpAt = clock.instant().plus(lease.duration().multipliedBy(3));
        while (true) {
            Instant now = clock.instant();
            Optional<SharedToken> entry = store.read(connection);
            if (entry.isPresent() && usable(entry.get(), now)) {
                return cached(entry.get().accessToken(), entry.get().accessTokenExpiresAt());
            }
            if (entry.isEmpty() || entry.get().isLeaseFreeAt(now)) {
                Optional<SharedToken> leased = store.update(connection, found -> takeLease(found, now));
                if (leased.isPresent() && leased.get().isLeasedTo(holder) && !usable(leased.get(), now)) {
                    return refreshHolding(leased.get());
                }
                continue;
            }
            if (now.isAfter(giveUpAt)) {
                throw new IllegalStateException("Gave up waiting for another replica (" + entry.get().leaseHolder()
                        + ") to refresh the access token of Jira connection '" + connection + "': the refresh lease "
                        + "has been held for three lease durations");
            }
            pause();
        }
    }

    /** The lease for this replica, unless someone holds it or has meanwhile refreshed; unchanged otherwise. */
    private SharedToken takeLease(SharedToken found, Instant now) {
        SharedToken entry = found == null ? SharedToken.empty() : found;
        if (!entry.isLeaseFreeAt(now) || usable(entry, now)) {
            return found;
        }
        return entry.leasedTo(holder, now.plus(lease.duration()));
    }

    private CachedAccessToken.Renewal refreshHolding(SharedToken leased) {
        boolean published = false;
        try {
            JiraConsentRequiredException refusedGrant = null;
            for (String refreshToken : candidates(leased)) {
                Instant now = clock.instant();
                TokenGrant grant;
                try {
                    grant = refresher.refresh(refreshToken);
                } catch (JiraConsentRequiredException e) {
                    refusedGrant = e;
                    continue;
                }
                publish(refreshToken, grant, now);
                published = true;
                LOG.debug("Refreshed the access token of Jira connection '{}' for every replica; it expires in {}",
                        connection, grant.expiresIn());
                events.renewed(connection, now.plus(grant.expiresIn()));
                return cached(grant.accessToken(), now.plus(grant.expiresIn()));
            }
            JiraConsentRequiredException consent = refusedGrant != null ? refusedGrant : noRefreshToken();
            events.consentRequired(connection, consent);
            throw consent;
        } finally {
            if (!published) {
                releaseLease();
            }
        }
    }

    /** After a failed refresh, so that the next replica need not wait for the lease to expire. */
    private void releaseLease() {
        try {
            store.update(connection, found -> found != null && found.isLeasedTo(holder) ? found.withoutLease() : found);
        } catch (RuntimeException e) {
            // the lease expires by itself; the refresh's own failure is the one to report
            LOG.debug("Could not free the refresh lease of Jira connection '{}': {}", connection, e.getMessage());
        }
    }

    /**
     * Saves the rotation for everyone and frees the lease, unless another replica took the expired lease over and has
     * already saved a newer rotation: then that one stays, and this replica just uses its own access token.
     */
    private void publish(String refreshedFrom, TokenGrant grant, Instant now) {
        Optional<SharedToken> stored = store.update(connection, found -> {
            SharedToken entry = found == null ? SharedToken.empty() : found;
            boolean stillCurrent = entry.refreshToken() == null || entry.refreshToken().equals(refreshedFrom)
                    || entry.isLeasedTo(holder);
            if (!stillCurrent) {
                return found;
            }
            SharedToken refreshed = entry.refreshed(grant, now);
            return entry.isLeasedTo(holder) || entry.leaseHolder() == null
                    ? refreshed
                    : refreshed.leasedTo(entry.leaseHolder(), entry.leaseUntil());
        });
        if (stored.map(entry -> !grant.accessToken().equals(entry.accessToken())).orElse(true)) {
            LOG.warn(
                    "The refresh lease of Jira connection '{}' expired before its refresh was saved; another replica's "
                            + "newer token is kept. Raise the lease duration if this repeats",
                    connection);
        }
    }

    private List<String> candidates(SharedToken leased) {
        String stored = leased.refreshToken();
        boolean hasInitial = initialRefreshToken != null && !initialRefreshToken.isBlank();
        if (stored == null) {
            return hasInitial ? List.of(initialRefreshToken) : List.of();
        }
        return hasInitial && !initialRefreshToken.equals(stored)
                ? List.of(stored, initialRefreshToken)
                : List.of(stored);
    }

    private boolean usable(SharedToken entry, Instant now) {
        return entry.hasAccessTokenUsableAt(now, EXPIRY_MARGIN, refused);
    }

    private static CachedAccessToken.Renewal cached(String accessToken, Instant expiresAt) {
        return new CachedAccessToken.Renewal(accessToken, expiresAt);
    }

    private void pause() {
        try {
            sleeper.sleep(lease.pollInterval());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for another replica to refresh the access "
                    + "token of Jira connection '" + connection + "'", e);
        }
    }

    private JiraConsentRequiredException noRefreshToken() {
        return new JiraConsentRequiredException(new JiraErrorDetails(0, "POST", "/oauth/token",
                List.of("no refresh token is stored for connection '" + connection + "'"), null, null,
                "Authorize the app once (OAuth 2.0 consent) and set the connection's refresh token, or store the token "
                        + "in the token store Secret"));
    }

    @Override
    public String toString() {
        return "LeasedRefreshTokenProvider[connection=" + connection + ", holder=" + holder + ", store=" + store + "]";
    }
}
