package io.github.jiracloud.emulator.control;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jira Cloud's hourly points quota of OAuth 2.0 apps (facts file, section 1.2): a pool of points per hour, reset at the
 * top of each UTC hour, either per app across all sites (Tier 1, "Global Pool", 65,000 by default) or per app and
 * site (Tier 2, "Per-Tenant Pool"). When a pool is spent every request is refused until the reset ("There is no
 * gradual throttling"). API-token traffic is not counted.
 */
public final class PointsQuota {

    /** Which pool. */
    public enum Tier {
        GLOBAL("jira-quota-global-based", "global-app-quota"), TENANT("jira-quota-tenant-based", "tenant-app-quota");

        private final String reason;
        private final String policy;

        Tier(String reason, String policy) {
            this.reason = reason;
            this.policy = policy;
        }

        /** The {@code RateLimit-Reason} of a refusal. */
        public String reason() {
            return reason;
        }

        /** The name of the pool in the draft {@code RateLimit}/{@code RateLimit-Policy} headers. */
        public String policy() {
            return policy;
        }
    }

    private final Tier tier;
    private final int pointsPerHour;
    private final Map<String, Pool> pools = new ConcurrentHashMap<>();

    public PointsQuota(Tier tier, int pointsPerHour) {
        if (pointsPerHour < 1) {
            throw new IllegalArgumentException("pointsPerHour must be >= 1");
        }
        this.tier = tier;
        this.pointsPerHour = pointsPerHour;
    }

    public Tier tier() {
        return tier;
    }

    public int pointsPerHour() {
        return pointsPerHour;
    }

    /** Whether the app may make a request now: the pool has points left in this hour. */
    boolean hasPoints(String app, String site, Instant now) {
        return remaining(app, site, now) > 0;
    }

    void charge(String app, String site, int points, Instant now) {
        pool(app, site).charge(points, hour(now));
    }

    int remaining(String app, String site, Instant now) {
        return Math.max(0, pointsPerHour - pool(app, site).used(hour(now)));
    }

    /** The next top of a UTC hour. */
    static Instant reset(Instant now) {
        return hour(now).plus(Duration.ofHours(1));
    }

    private Pool pool(String app, String site) {
        return pools.computeIfAbsent(tier == Tier.GLOBAL ? app : app + " " + site, ignored -> new Pool());
    }

    private static Instant hour(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS);
    }

    /** Points used in one hour. */
    private static final class Pool {

        private Instant hour = Instant.MIN;
        private int used;

        synchronized int used(Instant currentHour) {
            return currentHour.equals(hour) ? used : 0;
        }

        synchronized void charge(int points, Instant currentHour) {
            if (!currentHour.equals(hour)) {
                hour = currentHour;
                used = 0;
            }
            used += points;
        }
    }
}
