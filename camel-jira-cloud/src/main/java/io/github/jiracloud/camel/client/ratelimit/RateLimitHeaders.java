package io.github.jiracloud.camel.client.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.apache.hc.core5.http.HeaderElement;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.http.message.MessageSupport;

/**
 * What an answer says of Jira Cloud's rate limits (facts file, section 1.3): on a 429 {@code RateLimit-Reason},
 * {@code Retry-After} and {@code X-RateLimit-Reset} (ISO 8601, with or without seconds); on any answer
 * {@code X-RateLimit-NearLimit} and the IETF draft {@code RateLimit} / {@code RateLimit-Policy} headers, with or
 * without
 * the {@code Beta-} prefix, several entries in any order, read with HttpCore's header-element parser.
 *
 * @param reason {@code RateLimit-Reason}, or null
 * @param retryAfter {@code Retry-After} (or {@code Beta-Retry-After}), or null
 * @param reset {@code X-RateLimit-Reset}, or null
 * @param nearLimit {@code X-RateLimit-NearLimit: true}: under 20 % of the quota left
 * @param limit {@code X-RateLimit-Limit}, "the maximum request rate enforced for the current rate-limit scope" (per
 *     second for the burst limit), or 0
 */
public record RateLimitHeaders(String reason, Duration retryAfter, Instant reset, boolean nearLimit, long limit,
        List<Limit> limits, List<Policy> policies) {

    public static final RateLimitHeaders NONE = new RateLimitHeaders(null, null, null, false, 0, List.of(),
            List.of());

    /** The headers whose presence means there is something to read. */
    public static final List<String> NAMES = List.of("RateLimit-Reason", "Retry-After", "Beta-Retry-After",
            "X-RateLimit-Reset", "X-RateLimit-NearLimit", "X-RateLimit-Limit", "RateLimit", "Beta-RateLimit",
            "RateLimit-Policy", "Beta-RateLimit-Policy");

    /** One entry of the draft {@code RateLimit} header: what is left of a policy and for how long. */
    public record Limit(String policy, long remaining, Duration resetIn) {
    }

    /** One entry of the draft {@code RateLimit-Policy} header. */
    public record Policy(String name, long quota, Duration window) {
    }

    public RateLimitHeaders {
        limits = List.copyOf(limits);
        policies = List.copyOf(policies);
    }

    /** @param header the first value of a header by name (any case), or null */
    public static RateLimitHeaders parse(UnaryOperator<String> header) {
        String reason = header.apply("RateLimit-Reason");
        String retryAfter = first(header, "Retry-After");
        String reset = header.apply("X-RateLimit-Reset");
        String nearLimit = header.apply("X-RateLimit-NearLimit");
        String limit = header.apply("X-RateLimit-Limit");
        String limits = first(header, "RateLimit");
        String policies = first(header, "RateLimit-Policy");
        if (reason == null && retryAfter == null && reset == null && nearLimit == null && limit == null
                && limits == null && policies == null) {
            return NONE;
        }
        Duration perSecond = seconds(limit); // a whole number, read the way Retry-After is
        return new RateLimitHeaders(reason == null ? null : reason.strip(), seconds(retryAfter), instant(reset),
                "true".equalsIgnoreCase(nearLimit == null ? null : nearLimit.strip()),
                perSecond == null ? 0 : perSecond.toSeconds(), limits(limits), policies(policies));
    }

    /** Whether the 429 is for a spent points quota ({@code jira-quota-global-based}, {@code -tenant-based}). */
    public boolean isQuota() {
        return reason != null && reason.startsWith("jira-quota-");
    }

    public boolean isBurst() {
        return "jira-burst-based".equals(reason);
    }

    public boolean isPerIssueWrite() {
        return "jira-per-issue-on-write".equals(reason);
    }

    /** The entry of an app quota ({@code global-app-quota}, {@code tenant-app-quota}) in the draft headers. */
    public Optional<Limit> quota() {
        return limits.stream().filter(limit -> limit.policy().endsWith("-app-quota")).findFirst();
    }

    /**
     * When the limit that refused the request lifts: now plus {@code Retry-After} when Jira sent it (relative, so the
     * clocks need not agree), else {@code X-RateLimit-Reset}, else null.
     */
    public Instant liftsAt(Instant now) {
        return retryAfter != null ? now.plus(retryAfter) : reset;
    }

    /** The plain header first, then its beta form. */
    private static String first(UnaryOperator<String> header, String name) {
        String plain = header.apply(name);
        return plain != null ? plain : header.apply("Beta-" + name);
    }

    private static Duration seconds(String value) {
        if (value == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** ISO 8601 with an offset, seconds optional: {@code 2026-01-01T01:01:01Z} and {@code 2026-03-26T16:00Z}. */
    static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<Limit> limits(String value) {
        List<Limit> limits = new ArrayList<>();
        for (HeaderElement entry : elements(value)) {
            Long remaining = number(entry, "r");
            Long resetIn = number(entry, "t");
            if (remaining != null) {
                limits.add(new Limit(name(entry), remaining, Duration.ofSeconds(resetIn == null ? 0 : resetIn)));
            }
        }
        return limits;
    }

    private static List<Policy> policies(String value) {
        List<Policy> policies = new ArrayList<>();
        for (HeaderElement entry : elements(value)) {
            Long quota = number(entry, "q");
            Long window = number(entry, "w");
            if (quota != null) {
                policies.add(new Policy(name(entry), quota, Duration.ofSeconds(window == null ? 0 : window)));
            }
        }
        return policies;
    }

    private static List<HeaderElement> elements(String value) {
        return value == null || value.isBlank()
                ? List.of()
                : MessageSupport.parseElements(new BasicHeader("RateLimit", value));
    }

    /** The entry's policy name, a quoted string in the draft ({@code "global-app-quota"}). */
    private static String name(HeaderElement entry) {
        String name = entry.getName().strip();
        return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1)
                : name.toLowerCase(Locale.ROOT);
    }

    private static Long number(HeaderElement entry, String parameter) {
        NameValuePair pair = entry.getParameterByName(parameter);
        if (pair == null || pair.getValue() == null) {
            return null;
        }
        try {
            return Long.parseLong(pair.getValue().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
