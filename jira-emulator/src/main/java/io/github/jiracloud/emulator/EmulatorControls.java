package io.github.jiracloud.emulator;

import java.time.Duration;

import io.github.jiracloud.emulator.control.BurstLimits;
import io.github.jiracloud.emulator.control.FaultInjector;
import io.github.jiracloud.emulator.control.IssueWriteLimits;
import io.github.jiracloud.emulator.control.PointsQuota;
import io.github.jiracloud.emulator.control.RateLimiter;
import io.github.jiracloud.emulator.data.bulk.BulkPace;
import io.github.jiracloud.emulator.gateway.Sites;

/**
 * Knobs for tests: Jira Cloud's three rate limits (each off until set, counting time on the emulator's clock), fault
 * injection, the search index's lag and how fast bulk tasks run.
 */
public final class EmulatorControls {

    private final RateLimiter rateLimiter;
    private final FaultInjector faults;
    private final Sites sites;

    EmulatorControls(RateLimiter rateLimiter, FaultInjector faults, Sites sites) {
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.sites = sites;
    }

    /**
     * How long after a write JQL search (and approximate counts and the Agile and Software issue lists) sees it, on
     * the emulator's clock, on every site; zero makes every write visible at once. Reads by id or key never lag.
     */
    public EmulatorControls searchLag(Duration lag) {
        sites.all().forEach(site -> site.issues().searchIndex().lag(lag));
        return this;
    }

    /** Makes every write so far visible to search, as when Jira's index has caught up; the lag stays as it is. */
    public EmulatorControls catchUpSearchIndex() {
        sites.all().forEach(site -> site.issues().searchIndex().catchUp());
        return this;
    }

    /**
     * How bulk tasks submitted from now on run, on the emulator's clock, on every site: {@code queued} before the
     * first issue, then {@code perIssue} for each (by default 1 s, then 10 ms an issue).
     */
    public EmulatorControls bulkTaskPace(Duration queued, Duration perIssue) {
        sites.all().forEach(site -> site.bulkTasks().pace(new BulkPace(queued, perIssue)));
        return this;
    }

    /**
     * Burst limits with the same numbers for every endpoint and method: each gets its own bucket of {@code burst}
     * requests, refilled at {@code permitsPerSecond}; beyond it, 429 with {@code RateLimit-Reason: jira-burst-based}.
     */
    public EmulatorControls rateLimit(double permitsPerSecond, int burst) {
        rateLimiter.burstLimits(BurstLimits.uniform(permitsPerSecond, burst));
        return this;
    }

    /** Burst limits as given, e.g. {@code BurstLimits.jiraDefaults().with("GET", "/rest/api/3/myself", 5)}. */
    public EmulatorControls burstLimits(BurstLimits limits) {
        rateLimiter.burstLimits(limits);
        return this;
    }

    /** Jira's per-issue write limit: 20 writes to one issue per 2 s and 100 per 30 s. */
    public EmulatorControls issueWriteLimits() {
        return issueWriteLimits(IssueWriteLimits.jiraDefaults());
    }

    public EmulatorControls issueWriteLimits(IssueWriteLimits limits) {
        rateLimiter.issueWriteLimits(limits);
        return this;
    }

    /**
     * The hourly points quota of OAuth 2.0 apps, one pool per app across all sites (Tier 1; Jira's default is 65,000);
     * spent, every call of the app is refused with {@code jira-quota-global-based} until the top of the UTC hour.
     */
    public EmulatorControls appQuota(int pointsPerHour) {
        rateLimiter.quota(new PointsQuota(PointsQuota.Tier.GLOBAL, pointsPerHour));
        return this;
    }

    /** The quota with one pool per app and site (Tier 2), refused with {@code jira-quota-tenant-based}. */
    public EmulatorControls tenantQuota(int pointsPerHour) {
        rateLimiter.quota(new PointsQuota(PointsQuota.Tier.TENANT, pointsPerHour));
        return this;
    }

    /** Whether the draft RateLimit headers carry the {@code Beta-} prefix (the default, as while they are in beta). */
    public EmulatorControls betaRateLimitHeaders(boolean beta) {
        rateLimiter.betaHeaders(beta);
        return this;
    }

    /** Switches all three rate limits off. */
    public EmulatorControls clearRateLimit() {
        rateLimiter.clear();
        return this;
    }

    public EmulatorControls injectFault(Fault fault) {
        faults.add(fault);
        return this;
    }

    public EmulatorControls clearFaults() {
        faults.clear();
        return this;
    }
}
