package io.github.jiracloud.emulator.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Jira Cloud's three independent rate limits (facts file, section 1.2), each off until a test or the launcher sets it:
 * burst limits per endpoint and method, the per-issue write limit, and the hourly points quota of OAuth 2.0 apps. Times
 * come from the emulator's clock, so tests can move through windows and past the top of the hour.
 */
public final class RateLimiter {

    /**
     * A request as the limits see it.
     *
     * @param site the site's cloud id
     * @param template the operation's path template, e.g. {@code /rest/api/3/issue/{issueIdOrKey}}
     * @param issue for a write to one issue, the issue (site and id), else null
     * @param app for OAuth 2.0 traffic, the app's client id, else null (API tokens are not counted against quotas)
     */
    public record Request(String site, String method, String template, String issue, String app) {
    }

    /**
     * Why a request was refused.
     *
     * @param reason the {@code RateLimit-Reason}
     * @param retryAfter how long until the request would be allowed
     * @param limit the limit that was hit, for {@code X-RateLimit-Limit}
     */
    public record Refusal(String reason, Duration retryAfter, int limit) {

        public boolean isQuota() {
            return reason.startsWith("jira-quota-");
        }
    }

    /** The quota and burst state for a normal answer's headers; either may be empty. */
    public record Status(Optional<QuotaStatus> quota, Optional<BurstStatus> burst) {
    }

    /** @param secondsToReset until the top of the hour */
    public record QuotaStatus(String policy, int pointsPerHour, int remaining, long secondsToReset) {

        /** Jira's {@code X-RateLimit-NearLimit}: less than 20 % of the quota left. */
        public boolean nearLimit() {
            return remaining < pointsPerHour * 0.2;
        }
    }

    public record BurstStatus(double perSecond, int remaining) {
    }

    private volatile BurstLimits burst;
    private volatile IssueWriteLimits issueWrites;
    private volatile PointsQuota quota;
    private volatile boolean betaHeaders = true;

    public void burstLimits(BurstLimits limits) {
        this.burst = limits;
    }

    public void issueWriteLimits(IssueWriteLimits limits) {
        this.issueWrites = limits;
    }

    public void quota(PointsQuota pool) {
        this.quota = pool;
    }

    /** Whether the draft headers carry the {@code Beta-} prefix, as they do while Atlassian has them in beta. */
    public void betaHeaders(boolean beta) {
        this.betaHeaders = beta;
    }

    public boolean betaHeaders() {
        return betaHeaders;
    }

    /** All three off. */
    public void clear() {
        burst = null;
        issueWrites = null;
        quota = null;
    }

    /**
     * Lets a request through, or says which limit refuses it: a spent quota first (everything is refused until the
     * reset), then the operation's burst bucket, then the issue's write windows.
     */
    public Optional<Refusal> admit(Request request, Instant now) {
        PointsQuota pool = quota;
        if (pool != null && request.app() != null && !pool.hasPoints(request.app(), request.site(), now)) {
            return Optional.of(new Refusal(pool.tier().reason(), Duration.between(now, PointsQuota.reset(now)),
                    pool.pointsPerHour()));
        }
        BurstLimits buckets = burst;
        if (buckets != null) {
            Optional<Duration> wait = buckets.take(request.site(), request.method(), request.template(), now);
            if (wait.isPresent()) {
                return Optional.of(new Refusal("jira-burst-based", wait.get(),
                        (int) buckets.rate(request.method(), request.template())));
            }
        }
        IssueWriteLimits writes = issueWrites;
        if (writes != null && request.issue() != null) {
            Optional<Duration> wait = writes.tryWrite(request.issue(), now);
            if (wait.isPresent()) {
                return Optional.of(new Refusal("jira-per-issue-on-write", wait.get(), writes.shortMax()));
            }
        }
        return Optional.empty();
    }

    /** Charges an app's answered request to its quota. */
    public void charge(Request request, int points, Instant now) {
        PointsQuota pool = quota;
        if (pool != null && request.app() != null) {
            pool.charge(request.app(), request.site(), points, now);
        }
    }

    /** What a normal answer says of the limits. */
    public Status status(Request request, Instant now) {
        PointsQuota pool = quota;
        BurstLimits buckets = burst;
        Optional<QuotaStatus> quotaStatus = pool == null || request.app() == null
                ? Optional.empty()
                : Optional.of(new QuotaStatus(pool.tier().policy(), pool.pointsPerHour(),
                        pool.remaining(request.app(), request.site(), now),
                        Duration.between(now, PointsQuota.reset(now)).toSeconds()));
        Optional<BurstStatus> burstStatus = buckets == null
                ? Optional.empty()
                : Optional.of(new BurstStatus(buckets.rate(request.method(), request.template()),
                        buckets.remaining(request.site(), request.method(), request.template(), now)));
        return new Status(quotaStatus, burstStatus);
    }

    /** The top of the next UTC hour: when a spent quota is restored. */
    public static Instant quotaReset(Instant now) {
        return PointsQuota.reset(now);
    }
}
