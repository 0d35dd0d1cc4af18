package io.github.jiracloud.camel.producer;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.ExactlyOnce;
import io.github.jiracloud.camel.client.OutcomeCheck;
import org.apache.camel.Exchange;

/**
 * The idempotency key of one create (issue/create, comment/add) on an exchange: the header
 * {@code CamelJiraIdempotencyKey}, else the key of an earlier failed attempt at the same exchange on the same
 * endpoint, else a new one. It makes the create's {@link ExactlyOnce} part, through which the client attaches the key
 * and reports each attempt: a failed attempt leaves the key on the exchange (the property
 * {@code CamelJiraIdempotencyPending}), so that a Camel redelivery reuses it and, when an earlier attempt may have
 * taken effect, looks for it before creating (and never creates while that stays unknown). A create that succeeds
 * leaves nothing behind.
 */
public final class IdempotencyKey {

    private static final int MAX_LENGTH = 255;

    /**
     * What a failed attempt leaves on the exchange. The exchange id keeps it from applying to the copies a splitter or
     * multicast makes, the writer (the endpoint's configuration) from applying to another create.
     */
    record Pending(String exchangeId, Object writer, String key, long firstAttemptNanos, boolean mayHaveTakenEffect) {
    }

    private final Exchange exchange;
    private final Object writer;
    private final String key;
    private final long firstAttemptNanos;
    private final Pending earlier;

    private IdempotencyKey(Exchange exchange, Object writer, String key, long firstAttemptNanos, Pending earlier) {
        this.exchange = exchange;
        this.writer = writer;
        this.key = key;
        this.firstAttemptNanos = firstAttemptNanos;
        this.earlier = earlier;
    }

    /**
     * @param writer the endpoint's configuration: one create step
     * @throws IllegalArgumentException for a header that is not text, blank, or longer than 255 characters
     */
    public static IdempotencyKey of(Exchange exchange, Object writer) {
        String given = ExchangeInputs.optional(exchange, JiraConstants.IDEMPOTENCY_KEY, null);
        if (given != null && given.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The header " + JiraConstants.IDEMPOTENCY_KEY + " is "
                    + given.length() + " characters long: give a key of at most " + MAX_LENGTH
                    + ", e.g. a UUID or the id of the message that asked for the create");
        }
        Pending earlier = exchange.getProperty(JiraConstants.IDEMPOTENCY_PENDING, Pending.class);
        boolean sameCreate = earlier != null && earlier.exchangeId().equals(exchange.getExchangeId())
                && earlier.writer() == writer && (given == null || given.equals(earlier.key()));
        if (sameCreate) {
            return new IdempotencyKey(exchange, writer, earlier.key(), earlier.firstAttemptNanos(), earlier);
        }
        return new IdempotencyKey(exchange, writer, given != null ? given : newKey(), System.nanoTime(), null);
    }

    /**
     * The create's exactly-once part, which remembers each failed attempt on the exchange.
     *
     * @param lookup finds the entity by this key; null when the create can't be looked up
     */
    public ExactlyOnce exactlyOnce(OutcomeCheck lookup) {
        boolean earlierMayHaveTakenEffect = earlier != null && earlier.mayHaveTakenEffect();
        return new ExactlyOnce(key, lookup, earlierMayHaveTakenEffect, new ExactlyOnce.Attempts() {
            @Override
            public void failed(boolean mayHaveTakenEffect) {
                exchange.setProperty(JiraConstants.IDEMPOTENCY_PENDING,
                        new Pending(exchange.getExchangeId(), writer, key, firstAttemptNanos, mayHaveTakenEffect));
            }

            @Override
            public void succeeded() {
                if (earlier != null && exchange.getProperty(JiraConstants.IDEMPOTENCY_PENDING) == earlier) {
                    exchange.removeProperty(JiraConstants.IDEMPOTENCY_PENDING);
                }
            }
        });
    }

    /**
     * A random (version 4) UUID from {@link ThreadLocalRandom} rather than {@link UUID#randomUUID}, whose SecureRandom
     * costs several times more and makes concurrent creates queue on its lock. The key must be unique, not secret:
     * a lost create is looked for only among the issues the same account made in the same project in the last
     * minutes, so a key that could be guessed helps nobody. Each thread's generator has 64 bits of state, so n keys
     * collide with odds of about n² / 2⁶⁵, which is nothing for the keys that can meet in one lookup.
     */
    private static String newKey() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long version4 = random.nextLong() & ~0xF000L | 0x4000L;
        long ietfVariant = random.nextLong() & ~(0xC0L << 56) | (0x80L << 56);
        return new UUID(version4, ietfVariant).toString();
    }

    public String value() {
        return key;
    }

    /** Since the first attempt with this key: how far back its entity can have been created. */
    public Duration sinceFirstAttempt() {
        return Duration.ofNanos(System.nanoTime() - firstAttemptNanos);
    }

    /** Whether a property value read back from Jira is this key's. */
    public boolean matches(Object propertyValue) {
        return ExactlyOnce.carries(propertyValue, key);
    }

    @Override
    public String toString() {
        return value();
    }
}
