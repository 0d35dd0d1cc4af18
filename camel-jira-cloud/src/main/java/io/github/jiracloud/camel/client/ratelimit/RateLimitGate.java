package io.github.jiracloud.camel.client.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.jiracloud.camel.error.JiraErrorDetails;
import io.github.jiracloud.camel.error.JiraRateLimitException;
import io.github.jiracloud.camel.scope.OperationCalls;
import io.github.jiracloud.camel.scope.RestCall;

/**
 * One connection's answer to Jira Cloud's three rate limits (facts file, section 1), consulted before every attempt and
 * told every answer:
 * <ul>
 * <li>{@code jira-burst-based} (a bucket per endpoint and method): that endpoint and method are paced at the rate
 * Jira names ({@code X-RateLimit-Limit} per second) for {@link #COOL_DOWN} after the refusal, so the callers share the
 * bucket's tokens in turn instead of all refused together; without a rate they wait until {@code Retry-After}. Other
 * calls go on.</li>
 * <li>{@code jira-per-issue-on-write}: writes to that issue wait until {@code Retry-After}, then go one at a time
 * {@link #ISSUE_SPACING} apart (Jira's long window, 100 per 30 s) until {@link #ISSUE_COOL_DOWN} after the last
 * refusal; other calls go on.</li>
 * <li>{@code jira-quota-*} (the app's hourly points): every call on the connection fails fast with
 * {@link JiraRateLimitException} until the reset, without being sent.</li>
 * <li>{@code X-RateLimit-NearLimit: true}: calls are spread over what is left of the quota (the draft
 * {@code RateLimit} header's remaining points over its seconds to reset, at most {@link #MAX_PACE} apart) until an
 * answer no longer says so.</li>
 * </ul>
 * Retries pass the gate too: a retried call takes its turn like any other, so it is not refused again for arriving
 * while the others hold the tokens. A 429 without a reason is left to the retry policy alone.
 */
public final class RateLimitGate {

    static final Duration ISSUE_SPACING = Duration.ofMillis(300);
    static final Duration ISSUE_COOL_DOWN = Duration.ofSeconds(30);
    static final Duration COOL_DOWN = Duration.ofSeconds(2);
    static final Duration MAX_PACE = Duration.ofSeconds(1);
    private static final Duration NEAR_LIMIT_PACE = Duration.ofMillis(100);
    private static final List<String> ISSUE_PREFIXES = List.of("/rest/api/3/issue/", "/rest/api/2/issue/");

    private final String connection;
    private final Clock clock;
    private final RateLimitListener listener;
    private final QuotaPause quota = new QuotaPause();
    private final Spacing nearLimit = new Spacing();
    /** Whether calls are being spread out near the quota: read on every call, so a volatile flag, not the lock. */
    private volatile boolean pacing;
    private final Map<String, Throttle> endpoints = new ConcurrentHashMap<>();
    private final Map<String, Throttle> issues = new ConcurrentHashMap<>();

    public RateLimitGate(String connection, Clock clock, RateLimitListener listener) {
        this.connection = connection;
        this.clock = clock;
        this.listener = listener;
    }

    /** A gate for calls outside any named connection (e.g. a client built by hand). */
    public static RateLimitGate standalone(Clock clock) {
        return new RateLimitGate("default", clock, RateLimitListener.NONE);
    }

    public String connection() {
        return connection;
    }

    /** Until when the connection's calls are held back by a spent quota; empty when they go out. */
    public Optional<Instant> pausedUntil() {
        return quota.until(clock.instant());
    }

    /**
     * Before an attempt: fails fast while the quota is spent, else says how long to wait first.
     *
     * @throws JiraRateLimitException while the connection is paused; the call is not sent
     */
    public Duration beforeAttempt(String method, String path) {
        Instant now = clock.instant();
        Optional<Instant> paused = quota.until(now);
        if (paused.isPresent()) {
            throw paused(method, path, paused.get(), now);
        }
        Duration wait = pacing ? nearLimit.take(now) : Duration.ZERO;
        if (!endpoints.isEmpty()) {
            String key = endpointKey(method, path);
            Throttle endpoint = endpoints.get(key);
            if (endpoint != null) {
                wait = longer(wait, endpoint.take(now, endpoints, key));
            }
        }
        if (!issues.isEmpty() && isWrite(method)) {
            String issue = issueOf(path);
            Throttle writes = issue == null ? null : issues.get(issue);
            if (writes != null) {
                wait = longer(wait, writes.take(now, issues, issue));
            }
        }
        return wait;
    }

    /** After an answer: learns from a 429 and from the quota headers of any answer. */
    public void observe(String method, String path, int status, RateLimitHeaders headers) {
        Instant now = clock.instant();
        if (status == 429) {
            refused(method, path, headers, now);
        }
        if (headers.nearLimit()) {
            nearLimit.interval(headers.quota().map(RateLimitGate::pace).orElse(NEAR_LIMIT_PACE));
            pacing = true;
        } else if (pacing && headers.quota().isPresent()) {
            nearLimit.interval(Duration.ZERO);
            pacing = false;
        }
    }

    private void refused(String method, String path, RateLimitHeaders headers, Instant now) {
        listener.rateLimited(connection, headers.reason() == null ? "unknown" : headers.reason());
        Instant lifts = headers.liftsAt(now);
        if (headers.isQuota()) {
            Instant until = lifts != null ? lifts : now.plus(Duration.ofHours(1));
            if (quota.pause(until, headers.reason())) {
                listener.paused(connection, until);
            }
        } else if (headers.isPerIssueWrite() && issueOf(path) != null) {
            issues.computeIfAbsent(issueOf(path), ignored -> new Throttle())
                    .refused(now, lifts != null ? lifts : now.plus(ISSUE_SPACING), ISSUE_SPACING, ISSUE_COOL_DOWN);
        } else if (headers.isBurst()) {
            Throttle endpoint = endpoints.computeIfAbsent(endpointKey(method, path), ignored -> new Throttle());
            if (headers.limit() > 0) {
                Duration turn = Duration.ofNanos(1_000_000_000L / headers.limit());
                endpoint.refused(now, now.plus(turn), turn, COOL_DOWN);
            } else if (lifts != null) {
                endpoint.refused(now, lifts, Duration.ZERO, Duration.between(now, lifts).plus(COOL_DOWN));
            }
        }
    }

    private JiraRateLimitException paused(String method, String path, Instant until, Instant now) {
        return new JiraRateLimitException(new JiraErrorDetails(429, method, path,
                List.of("not sent: the app's hourly points quota is spent (" + quota.reason() + ")"), null, null,
                "Calls on the connection '" + connection + "' fail at once until the quota resets at " + until
                        + "; Jira refuses every call of the app until then"),
                Duration.between(now, until), quota.reason(), until);
    }

    /** The remaining points spread evenly over the seconds until the reset, at most {@link #MAX_PACE} apart. */
    private static Duration pace(RateLimitHeaders.Limit quota) {
        Duration even = quota.resetIn().dividedBy(Math.max(1, quota.remaining()));
        return even.compareTo(MAX_PACE) > 0 ? MAX_PACE : even;
    }

    /** Jira's burst buckets are per endpoint and method: the call's declared template, else its path. */
    private static String endpointKey(String method, String path) {
        return OperationCalls.matching(method, path).map(RestCall::toString).orElse(method + " " + path);
    }

    private static boolean isWrite(String method) {
        return !"GET".equals(method.toUpperCase(Locale.ROOT));
    }

    /** The issue id or key of a write to one issue ({@code /rest/api/3/issue/OPS-1/...}), or null. */
    static String issueOf(String path) {
        for (String prefix : ISSUE_PREFIXES) {
            if (path.startsWith(prefix) && path.length() > prefix.length()) {
                int end = path.indexOf('/', prefix.length());
                return path.substring(prefix.length(), end < 0 ? path.length() : end);
            }
        }
        return null;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Calls Jira refused for their endpoint or issue: paced, one turn each, until the cool-down after the last. */
    private static final class Throttle {

        private final Spacing spacing = new Spacing();
        private volatile Instant coolUntil = Instant.MIN;

        void refused(Instant now, Instant notBefore, Duration turn, Duration coolDown) {
            spacing.interval(turn);
            spacing.notBefore(notBefore);
            coolUntil = now.plus(coolDown);
        }

        Duration take(Instant now, Map<String, Throttle> all, String key) {
            if (!now.isBefore(coolUntil)) {
                all.remove(key, this);
                return Duration.ZERO;
            }
            return spacing.take(now);
        }
    }
}
