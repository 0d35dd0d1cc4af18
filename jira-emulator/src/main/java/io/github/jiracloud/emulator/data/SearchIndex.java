package io.github.jiracloud.emulator.data;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * What Jira's search sees of a site's issues. Jira Cloud's search is eventually consistent: a created, changed or
 * deleted issue shows in JQL results (and approximate counts, and the JQL-backed Agile lists) only some time after the
 * write. Here every write becomes visible {@link #lag()} after it was made, on the site's clock, so a test that moves
 * the clock sees a minute's lag pass at once. Until then search sees the issue as it was before (or not at all, if it
 * is new; still, if it was deleted). Issues named in {@code reconcileIssues} are read as they are now, which is the
 * read-after-write consistency Jira offers for up to 50 ids.
 *
 * <p>Each issue keeps the versions written within the lag, newest first, plus the newest older one: that is what a
 * search at any moment from now on can see, as long as the lag does not grow. A lag set later applies from then on;
 * setting it to zero makes every write visible at once.
 */
public final class SearchIndex {

    /** One write: the issue as it was made (null when it was deleted) and when. */
    private record Version(StoredIssue issue, Instant writtenAt, Version older) {

        /** This version and the older ones that a search at {@code cutoff} or later can still see. */
        Version trimmedAt(Instant cutoff) {
            if (!writtenAt.isAfter(cutoff)) {
                return older == null ? this : new Version(issue, writtenAt, null);
            }
            return older == null ? this : new Version(issue, writtenAt, older.trimmedAt(cutoff));
        }

        /** The newest version written at or before {@code cutoff}; null if there is none. */
        Version visibleAt(Instant cutoff) {
            Version version = this;
            while (version != null && version.writtenAt.isAfter(cutoff)) {
                version = version.older;
            }
            return version;
        }
    }

    private final Clock clock;
    private final Map<Long, Version> versions = new ConcurrentHashMap<>();
    private volatile Duration lag = Duration.ZERO;

    SearchIndex(Clock clock) {
        this.clock = clock;
    }

    /** How long after a write search sees it. */
    public Duration lag() {
        return lag;
    }

    public void lag(Duration value) {
        Objects.requireNonNull(value, "lag");
        if (value.isNegative()) {
            throw new IllegalArgumentException("The search lag can't be negative: " + value);
        }
        this.lag = value;
    }

    /** Makes every write so far visible, as when Jira's index has caught up: e.g. for data seeded at start. */
    public void catchUp() {
        versions.replaceAll((id, newest) -> new Version(newest.issue(), Instant.MIN, null));
        versions.values().removeIf(version -> version.issue() == null);
    }

    /** Records a write; {@code issue} null for a deletion. Called while the store holds the issue's entry. */
    void written(long id, StoredIssue issue) {
        if (issue == null && lag.isZero()) {
            versions.remove(id);
            return;
        }
        Instant now = clock.instant();
        Instant cutoff = now.minus(lag);
        versions.compute(id, (ignored, current) -> new Version(issue, now, current).trimmedAt(cutoff));
    }

    /** One issue as search sees it now: null when it doesn't (not yet created, or deleted, as far as search knows). */
    StoredIssue visible(long id) {
        Version newest = versions.get(id);
        Version visible = newest == null ? null : newest.visibleAt(clock.instant().minus(lag));
        return visible == null ? null : visible.issue();
    }

    /**
     * The issues as search sees them now, in no particular order.
     *
     * @param reconciled ids read as they are now, whatever the lag
     * @param current the issue as it is now, by id (null when there is none)
     */
    Stream<StoredIssue> visible(Set<Long> reconciled, LongFunction<StoredIssue> current) {
        Instant cutoff = clock.instant().minus(lag);
        return versions.entrySet().stream().map(entry -> {
            long id = entry.getKey();
            if (reconciled.contains(id)) {
                return current.apply(id);
            }
            Version visible = entry.getValue().visibleAt(cutoff);
            if (visible != null && visible.issue() == null && visible == entry.getValue()) {
                versions.remove(id, visible); // deleted, and search knows it: nothing left to remember
            }
            return visible == null ? null : visible.issue();
        }).filter(Objects::nonNull);
    }
}
