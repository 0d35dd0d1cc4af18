package io.github.jiracloud.camel.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One connection's access token, kept until a minute before it expires. Callers that find it stale wait for one
 * renewal instead of each making their own: with rotating refresh tokens, each renewal spends one.
 */
public final class CachedAccessToken {

    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);

    /** What a renewal gives: the access token and when it expires. */
    public record Renewal(String accessToken, Instant expiresAt) {
        @Override
        public String toString() {
            return "Renewal[accessToken=<hidden>, expiresAt=" + expiresAt + "]";
        }
    }

    private final Clock clock;
    private final ReentrantLock renewing = new ReentrantLock();
    private volatile Kept current;

    public CachedAccessToken(Clock clock) {
        this.clock = clock;
    }

    /** The kept token while it is fresh, else the one {@code renew} gives (one renewal for all waiting callers). */
    public String get(Supplier<Renewal> renew) {
        Kept token = current;
        if (token != null && token.isFreshAt(clock.instant())) {
            return token.value();
        }
        renewing.lock();
        try {
            token = current;
            if (token == null || !token.isFreshAt(clock.instant())) {
                Renewal renewal = renew.get();
                token = new Kept(renewal.accessToken(), renewal.expiresAt().minus(EXPIRY_MARGIN));
                current = token;
            }
            return token.value();
        } finally {
            renewing.unlock();
        }
    }

    /** Jira refused this token: forget it, unless a renewal has already replaced it. */
    public void forget(String rejectedToken) {
        renewing.lock();
        try {
            Kept token = current;
            if (token != null && token.value().equals(rejectedToken)) {
                current = null;
            }
        } finally {
            renewing.unlock();
        }
    }

    private record Kept(String value, Instant renewAt) {
        boolean isFreshAt(Instant now) {
            return now.isBefore(renewAt);
        }

        @Override
        public String toString() {
            return "Kept[hidden, renewAt=" + renewAt + "]";
        }
    }
}
