package io.github.jiracloud.emulator.gateway;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.jiracloud.emulator.control.RateLimiter;
import io.github.jiracloud.emulator.http.ApiResponse;

/**
 * Jira Cloud's rate-limit headers (facts file, section 1.3): the 429 with {@code Retry-After}, {@code X-RateLimit-*}
 * and {@code RateLimit-Reason}, and on normal answers the remaining capacity, {@code X-RateLimit-NearLimit} and the
 * draft {@code RateLimit}/{@code RateLimit-Policy} headers (with the {@code Beta-} prefix while in beta).
 */
final class RateLimitResponse {

    /** Quota resets are sent without seconds, as community logs show ({@code 2026-03-26T16:00Z}). */
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private RateLimitResponse() {
    }

    static ApiResponse tooManyRequests(RateLimiter.Refusal refusal, Instant now) {
        long retryAfter = Math.max(1, (long) Math.ceil(refusal.retryAfter().toNanos() / 1e9));
        String reset = refusal.isQuota()
                ? MINUTES.format(RateLimiter.quotaReset(now))
                : DateTimeFormatter.ISO_INSTANT.format(now.plusSeconds(retryAfter).truncatedTo(ChronoUnit.SECONDS));
        return ApiResponse.error(429, "Rate limit exceeded.")
                .withHeader("Retry-After", Long.toString(retryAfter))
                .withHeader("X-RateLimit-Limit", Integer.toString(refusal.limit()))
                .withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", reset)
                .withHeader("RateLimit-Reason", refusal.reason());
    }

    /** A normal answer with what it says of the limits that apply to it (nothing when none is on). */
    static ApiResponse withStatus(ApiResponse response, RateLimiter.Status status, boolean beta) {
        List<String> policies = new ArrayList<>();
        List<String> limits = new ArrayList<>();
        ApiResponse answer = response;
        if (status.burst().isPresent()) {
            RateLimiter.BurstStatus burst = status.burst().get();
            policies.add("\"jira-burst-based\";q=" + (int) burst.perSecond() + ";w=1");
            limits.add("\"jira-burst-based\";r=" + burst.remaining() + ";t=1");
            answer = answer.withHeader("X-RateLimit-Limit", Integer.toString((int) burst.perSecond()))
                    .withHeader("X-RateLimit-Remaining", Integer.toString(burst.remaining()));
        }
        if (status.quota().isPresent()) {
            RateLimiter.QuotaStatus quota = status.quota().get();
            policies.add("\"" + quota.policy() + "\";q=" + quota.pointsPerHour() + ";w=3600");
            limits.add("\"" + quota.policy() + "\";r=" + quota.remaining() + ";t=" + quota.secondsToReset());
            answer = answer.withHeader("X-RateLimit-Limit", Integer.toString(quota.pointsPerHour()))
                    .withHeader("X-RateLimit-Remaining", Integer.toString(quota.remaining()));
            if (quota.nearLimit()) {
                answer = answer.withHeader("X-RateLimit-NearLimit", "true");
            }
        }
        if (policies.isEmpty()) {
            return response;
        }
        String prefix = beta ? "Beta-" : "";
        return answer.withHeader(prefix + "RateLimit-Policy", String.join(", ", policies))
                .withHeader(prefix + "RateLimit", String.join(", ", limits));
    }
}
