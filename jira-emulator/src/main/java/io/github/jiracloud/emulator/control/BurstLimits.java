package io.github.jiracloud.emulator.control;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jira Cloud's burst limits: a token bucket per site, endpoint (path template) and method, each refilled at its
 * rate per second and holding one second's worth (facts file, section 1.2: "token bucket per tenant x endpoint x HTTP
 * method"). One endpoint's bucket running dry leaves the others alone.
 */
public final class BurstLimits {

    private final Map<String, Double> perMethod;
    private final Map<String, Double> perOperation;
    /** How many requests a full bucket holds; 0 for one second's worth of its rate. */
    private final int capacity;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    private BurstLimits(Map<String, Double> perMethod, Map<String, Double> perOperation, int capacity) {
        this.perMethod = Map.copyOf(perMethod);
        this.perOperation = Map.copyOf(perOperation);
        this.capacity = capacity;
    }

    /**
     * Jira's documented defaults (GET and POST 100 a second, PUT and DELETE 50) and overrides, per the rate-limiting
     * page (facts file, section 1.2).
     */
    public static BurstLimits jiraDefaults() {
        Map<String, Double> operations = new HashMap<>();
        operations.put("GET /rest/api/3/issue/{issueIdOrKey}", 150.0);
        operations.put("GET /rest/api/3/user", 150.0);
        operations.put("POST /rest/api/3/search/approximate-count", 150.0);
        operations.put("POST /rest/api/3/expression/evaluate", 150.0);
        operations.put("GET /rest/api/3/attachment/content/{id}", 300.0);
        operations.put("GET /rest/api/3/issue/{issueIdOrKey}/changelog", 200.0);
        return new BurstLimits(Map.of("GET", 100.0, "POST", 100.0, "PUT", 50.0, "DELETE", 50.0, "PATCH", 50.0),
                operations, 0);
    }

    /** Every endpoint and method at the same rate, each bucket holding {@code burst} requests. */
    public static BurstLimits uniform(double perSecond, int burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("perSecond must be > 0 and burst >= 1");
        }
        return new BurstLimits(Map.of("GET", perSecond, "POST", perSecond, "PUT", perSecond, "DELETE", perSecond,
                "PATCH", perSecond), Map.of(), burst);
    }

    /** A copy in which {@code method template} has its own rate, e.g. {@code ("GET", "/rest/api/3/myself", 10)}. */
    public BurstLimits with(String method, String template, double perSecond) {
        Map<String, Double> operations = new HashMap<>(perOperation);
        operations.put(method + " " + template, perSecond);
        return new BurstLimits(perMethod, operations, capacity);
    }

    /** Takes a token from the operation's bucket: empty when allowed, else how long until one is there. */
    Optional<Duration> take(String site, String method, String template, Instant now) {
        double rate = rate(method, template);
        return buckets.computeIfAbsent(site + " " + method + " " + template,
                key -> new TokenBucket(rate, capacity > 0 ? capacity : rate, now)).tryTake(now);
    }

    int remaining(String site, String method, String template, Instant now) {
        TokenBucket bucket = buckets.get(site + " " + method + " " + template);
        return bucket == null ? (int) (capacity > 0 ? capacity : rate(method, template)) : bucket.remaining(now);
    }

    double rate(String method, String template) {
        return perOperation.getOrDefault(method + " " + template, perMethod.getOrDefault(method, 100.0));
    }
}
