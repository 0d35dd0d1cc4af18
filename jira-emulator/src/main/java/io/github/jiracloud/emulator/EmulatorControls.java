package io.github.jiracloud.emulator;

import java.time.Duration;

import io.github.jiracloud.emulator.control.FaultInjector;
import io.github.jiracloud.emulator.control.RateLimiter;
import io.github.jiracloud.emulator.data.bulk.BulkPace;
import io.github.jiracloud.emulator.gateway.Sites;

/** Knobs for tests: rate limiting, fault injection, the search index's lag and how fast bulk tasks run. */
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

    /** Answers REST calls beyond {@code burst} at once, refilled at {@code permitsPerSecond}, with 429. */
    public EmulatorControls rateLimit(double permitsPerSecond, int burst) {
        rateLimiter.configure(permitsPerSecond, burst);
        return this;
    }

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
