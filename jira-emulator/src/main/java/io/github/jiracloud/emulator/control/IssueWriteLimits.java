package io.github.jiracloud.emulator.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jira Cloud's per-issue write limit: at most {@code shortMax} writes to one issue in {@code shortWindow} and
 * {@code longMax} in {@code longWindow} (20 per 2 s and 100 per 30 s, facts file section 1.2), sliding windows.
 */
public final class IssueWriteLimits {

    private final int shortMax;
    private final Duration shortWindow;
    private final int longMax;
    private final Duration longWindow;
    private final Map<String, Deque<Instant>> writesByIssue = new ConcurrentHashMap<>();

    public IssueWriteLimits(int shortMax, Duration shortWindow, int longMax, Duration longWindow) {
        if (shortMax < 1 || longMax < 1 || shortWindow.isNegative() || longWindow.compareTo(shortWindow) < 0) {
            throw new IllegalArgumentException("Limits must be >= 1 and the long window at least the short one");
        }
        this.shortMax = shortMax;
        this.shortWindow = shortWindow;
        this.longMax = longMax;
        this.longWindow = longWindow;
    }

    public static IssueWriteLimits jiraDefaults() {
        return new IssueWriteLimits(20, Duration.ofSeconds(2), 100, Duration.ofSeconds(30));
    }

    /**
     * Counts a write to the issue when both windows have room: empty then, else how long until they will.
     *
     * @param issue the issue's site and id, so that its key and id count as one
     */
    Optional<Duration> tryWrite(String issue, Instant now) {
        Deque<Instant> writes = writesByIssue.computeIfAbsent(issue, ignored -> new ArrayDeque<>());
        synchronized (writes) {
            while (!writes.isEmpty() && !writes.peekFirst().isAfter(now.minus(longWindow))) {
                writes.pollFirst();
            }
            Optional<Duration> wait = waitFor(writes, now, longMax, longWindow)
                    .or(() -> waitFor(writes, now, shortMax, shortWindow));
            if (wait.isEmpty()) {
                writes.addLast(now);
            }
            return wait;
        }
    }

    /** With {@code max} writes already in the window, the time until the one that must leave first has left it. */
    private static Optional<Duration> waitFor(Deque<Instant> writes, Instant now, int max, Duration window) {
        Instant from = now.minus(window);
        long inWindow = writes.stream().filter(write -> write.isAfter(from)).count();
        if (inWindow < max) {
            return Optional.empty();
        }
        // oldest first: for room for one more, all up to the max-th newest must have left the window
        Instant leaving = writes.stream().skip(writes.size() - (long) max).findFirst().orElseThrow();
        return Optional.of(Duration.between(from, leaving));
    }

    int shortMax() {
        return shortMax;
    }
}
