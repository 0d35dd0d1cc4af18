package io.github.jiracloud.emulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A failure to inject into the next matching requests, for testing how a client copes with a flaky Jira.
 *
 * <pre>{@code
 * emu.controls().injectFault(Fault.builder()
 *         .method("POST").pathRegex("/rest/api/3/issue$")
 *         .times(2)
 *         .respond(503, "{\"errorMessages\":[\"Service unavailable\"],\"errors\":{}}", "Retry-After", "1")
 *         .build());
 * }</pre>
 *
 * Each fault has exactly one behaviour; method and path filter are optional; it applies {@code times} times
 * (once by default) or {@linkplain Builder#always() always}, to every matching request or, with
 * {@linkplain Builder#chance(double, long) a chance}, to some of them. A canned answer or a delay can come
 * {@linkplain Builder#afterCommit() after the request was handled}, as when a gateway gives up on a Jira that did
 * the work: the client can't tell from the answer whether its write happened.
 */
public final class Fault {

    /** What happens to a matching request. */
    public enum Kind {
        /** Answer with a canned response instead of handling the request. */
        RESPOND,
        /** Wait, then handle the request normally. */
        DELAY,
        /** Close the connection without reading on or answering: the request never happened. */
        DROP_CONNECTION,
        /** Handle the request (its changes are committed), then close the connection without answering. */
        DROP_RESPONSE_AFTER_COMMIT,
        /** Handle the request, then send the headers and only half the body before closing the connection. */
        TRUNCATED_BODY,
        /** Handle the request, then answer with its status and headers but no body at all. */
        EMPTY_BODY
    }

    public static final int UNLIMITED = -1;

    private final String method;
    private final Pattern pathPattern;
    private final int times;
    private final Kind kind;
    private final int status;
    private final String body;
    private final Map<String, String> headers;
    private final Duration delay;
    private final boolean afterCommit;
    private final double chance;
    private final Random dice;

    private Fault(Builder builder) {
        this.method = builder.method;
        this.pathPattern = builder.pathRegex == null ? null : Pattern.compile(builder.pathRegex);
        this.times = builder.times;
        this.kind = Objects.requireNonNull(builder.kind, "Choose one behaviour: respond, delay, dropConnection, "
                + "dropResponseAfterCommit, truncatedBody or emptyBody");
        this.status = builder.status;
        this.body = builder.body;
        this.headers = Map.copyOf(builder.headers);
        this.delay = builder.delay;
        this.afterCommit = builder.afterCommit;
        if (afterCommit && kind != Kind.RESPOND && kind != Kind.DELAY) {
            throw new IllegalStateException("afterCommit() goes with respond(...) or delay(...); " + kind
                    + " already says whether the request is handled");
        }
        this.chance = builder.chance;
        this.dice = new Random(builder.seed);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether this fault applies to a request; the regex is searched for anywhere in the path. */
    public boolean matches(String requestMethod, String path) {
        return (method == null || method.equalsIgnoreCase(requestMethod))
                && (pathPattern == null || pathPattern.matcher(path).find());
    }

    /**
     * Whether this fault strikes the matching request in hand: always, unless it was built with a chance. Used once
     * per matching request; a request it spares does not use up one of its {@code times}.
     */
    public boolean strikes() {
        return chance >= 1.0 || dice.nextDouble() < chance;
    }

    /** For {@link Kind#RESPOND} and {@link Kind#DELAY}: whether the request is handled (committed) first. */
    public boolean afterCommit() {
        return afterCommit;
    }

    public Optional<String> method() {
        return Optional.ofNullable(method);
    }

    public Optional<String> pathRegex() {
        return Optional.ofNullable(pathPattern).map(Pattern::pattern);
    }

    /** How many requests it applies to, or {@link #UNLIMITED}. */
    public int times() {
        return times;
    }

    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#RESPOND}. */
    public int status() {
        return status;
    }

    /** For {@link Kind#RESPOND}; may be empty. */
    public String body() {
        return body;
    }

    /** For {@link Kind#RESPOND}. */
    public Map<String, String> headers() {
        return headers;
    }

    /** For {@link Kind#DELAY}. */
    public Duration delay() {
        return delay;
    }

    @Override
    public String toString() {
        return "Fault[" + kind + (afterCommit ? " after commit" : "") + (method == null ? "" : " " + method)
                + (pathPattern == null ? "" : " " + pathPattern)
                + (times == UNLIMITED ? " always" : " x" + times) + (chance < 1.0 ? " chance " + chance : "") + "]";
    }

    public static final class Builder {

        private String method;
        private String pathRegex;
        private int times = 1;
        private Kind kind;
        private int status;
        private String body = "";
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Duration delay = Duration.ZERO;
        private boolean afterCommit;
        private double chance = 1.0;
        private long seed;

        private Builder() {
        }

        /** Only requests with this HTTP method; any method when not set. */
        public Builder method(String httpMethod) {
            this.method = httpMethod;
            return this;
        }

        /** Only requests whose path contains a match, e.g. {@code "/rest/api/3/issue$"}; anchor with ^ and $. */
        public Builder pathRegex(String regex) {
            this.pathRegex = regex;
            return this;
        }

        /** Applies to this many matching requests (default 1), or {@link #UNLIMITED}. */
        public Builder times(int count) {
            if (count == UNLIMITED) {
                return always();
            }
            if (count < 1) {
                throw new IllegalArgumentException("times must be at least 1; use always() for no limit");
            }
            this.times = count;
            return this;
        }

        /** Applies to every matching request until {@code clearFaults()}. */
        public Builder always() {
            this.times = UNLIMITED;
            return this;
        }

        /**
         * Answers with this response instead of handling the request.
         *
         * @param headerNamesAndValues e.g. {@code "Retry-After", "5"}
         */
        public Builder respond(int httpStatus, String responseBody, String... headerNamesAndValues) {
            if (headerNamesAndValues.length % 2 != 0) {
                throw new IllegalArgumentException("Headers come in name, value pairs");
            }
            behaviour(Kind.RESPOND);
            this.status = httpStatus;
            this.body = responseBody == null ? "" : responseBody;
            for (int i = 0; i < headerNamesAndValues.length; i += 2) {
                headers.put(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
            }
            return this;
        }

        /**
         * Handles the request first (its changes are committed), then answers as {@link #respond} says or waits as
         * {@link #delay} says: a 502 or 504 from a gateway that gave up on a Jira that did the work, or an answer
         * that comes after the client stopped waiting.
         */
        public Builder afterCommit() {
            this.afterCommit = true;
            return this;
        }

        /**
         * Strikes each matching request with this probability (0 to 1), e.g. {@code always().chance(0.01, 42)} for
         * one request in a hundred; the seed makes a run repeatable.
         */
        public Builder chance(double probability, long randomSeed) {
            if (!(probability > 0 && probability <= 1)) {
                throw new IllegalArgumentException("chance must be above 0 and at most 1, was " + probability);
            }
            this.chance = probability;
            this.seed = randomSeed;
            return this;
        }

        public Builder delay(Duration wait) {
            behaviour(Kind.DELAY);
            this.delay = Objects.requireNonNull(wait);
            return this;
        }

        public Builder dropConnection() {
            return behaviour(Kind.DROP_CONNECTION);
        }

        public Builder dropResponseAfterCommit() {
            return behaviour(Kind.DROP_RESPONSE_AFTER_COMMIT);
        }

        public Builder truncatedBody() {
            return behaviour(Kind.TRUNCATED_BODY);
        }

        public Builder emptyBody() {
            return behaviour(Kind.EMPTY_BODY);
        }

        public Fault build() {
            return new Fault(this);
        }

        private Builder behaviour(Kind chosen) {
            if (kind != null) {
                throw new IllegalStateException("A fault has one behaviour; already chose " + kind);
            }
            this.kind = chosen;
            return this;
        }
    }
}
