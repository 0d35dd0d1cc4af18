package io.github.jiracloud.camel.client;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one place that decides whether a failed attempt is tried again, and after how long: capped exponential backoff
 * with jitter, honouring {@code Retry-After} (never sooner, with jitter on top). A call whose outcome is unknown (the
 * request went out, no answer came
 * back) is repeated only when it is idempotent, or made so by an {@link OutcomeCheck} that found the write had not
 * taken effect ({@link RetryingExecutor}), so a create is never duplicated by a retry.
 */
public final class RetryPolicy {

    /** What happened to one attempt. */
    public enum Outcome {
        /** The connection could not be opened: the request never reached Jira. */
        NOT_SENT,
        /** The request went out but no complete answer came back. */
        UNKNOWN,
        /** Jira (or a proxy) answered with an HTTP status. */
        ANSWERED
    }

    private final int maxRetries;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Duration lookUpWindow;

    /** A policy that looks for a lost write's effect in Jira's search only once. */
    public RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay) {
        this(maxRetries, initialDelay, maxDelay, Duration.ZERO);
    }

    /**
     * @param lookUpWindow how long a write whose answer was lost is looked for in Jira's search, which lags writes:
     *     the waits between looks add up to at least this
     */
    public RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Duration lookUpWindow) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
        }
        this.maxRetries = maxRetries;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.lookUpWindow = lookUpWindow;
    }

    /**
     * @param idempotent whether the call may be repeated when its outcome is unknown
     * @param retriesSoFar how many retries were already made for this call
     * @param status the HTTP status when {@code outcome} is {@link Outcome#ANSWERED}
     * @param retryAfter Jira's {@code Retry-After}, or null
     * @return the wait before the next attempt, or empty to give up
     */
    public Optional<Duration> nextDelay(
            boolean idempotent, int retriesSoFar, Outcome outcome, int status, Duration retryAfter) {
        if (retriesSoFar >= maxRetries || !isRetryable(idempotent, outcome, status)) {
            return Optional.empty();
        }
        if (retryAfter != null) {
            // Waiting less than Jira asked only earns another 429; waiting longer than maxDelay is the caller's call.
            if (retryAfter.compareTo(maxDelay) > 0) {
                return Optional.empty();
            }
            // Up to half as long again, at random: callers refused together would otherwise all come back together
            // and be refused together again (the benchmark saw calls exhaust their retries that way).
            long spread = Math.min(retryAfter.toMillis() / 2, maxDelay.minus(retryAfter).toMillis());
            return Optional.of(retryAfter.plusMillis(ThreadLocalRandom.current().nextLong(spread + 1)));
        }
        return Optional.of(backoff(retriesSoFar));
    }

    private static boolean isRetryable(boolean idempotent, Outcome outcome, int status) {
        return switch (outcome) {
            case NOT_SENT -> true;
            case UNKNOWN -> idempotent;
            case ANSWERED -> status == 429 || status == 503 || (idempotent && (status == 502 || status == 504));
        };
    }

    private Duration backoff(int retriesSoFar) {
        long cap = maxDelay.toMillis();
        long exponential = initialDelay.toMillis() << Math.min(retriesSoFar, 20);
        long ceiling = Math.min(cap, Math.max(1, exponential));
        long jittered = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    /**
     * How long to wait before looking a second time for the effect of a write whose answer was lost: Jira's search
     * index lags a little behind its writes, so a first look right after the failure can miss it.
     */
    public Duration recheckDelay() {
        return initialDelay;
    }

    /**
     * The wait before the next look for a write that search has not shown yet: like retries (the initial delay,
     * doubling, up to the longest delay), and no further than the end of the look-up window.
     *
     * @param looksSoFar how many looks found nothing so far (1 or more)
     * @param waitedSoFar the waits between those looks, added up
     * @return the wait, or empty once the window is used up: the write's outcome stays unknown
     */
    public Optional<Duration> nextLookUpDelay(int looksSoFar, Duration waitedSoFar) {
        Duration left = lookUpWindow.minus(waitedSoFar);
        if (left.isNegative() || left.isZero()) {
            return Optional.empty();
        }
        long exponential = initialDelay.toMillis() << Math.min(looksSoFar - 1, 20);
        Duration next = Duration.ofMillis(Math.max(1, Math.min(maxDelay.toMillis(), exponential)));
        return Optional.of(next.compareTo(left) < 0 ? next : left);
    }

    public Duration lookUpWindow() {
        return lookUpWindow;
    }

    public int maxRetries() {
        return maxRetries;
    }
}
