package io.github.jiracloud.camel.producer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraErrorDetails;
import io.github.jiracloud.camel.error.JiraException;
import io.github.jiracloud.camel.error.JiraOutcomeUnknownException;
import org.apache.camel.Exchange;

/**
 * The idempotency key of one create (issue/create, comment/add), carried by the new entity as the property
 * {@value #PROPERTY} = {@code {"key": "<key>"}}, so that a create whose answer was lost can be found instead of made
 * twice. It comes from the header {@code CamelJiraIdempotencyKey}, else from an earlier failed attempt at the same
 * exchange on the same endpoint, else it is new. A failed attempt leaves it on the exchange: a Camel redelivery of the
 * exchange reuses it, and, when an earlier attempt may have taken effect, looks for it before creating (and never
 * creates while that stays unknown). A create that succeeds leaves nothing behind.
 */
public final class IdempotencyKey {

    public static final String PROPERTY = "camel.idempotency";
    private static final int MAX_LENGTH = 255;

    /**
     * What a failed attempt leaves on the exchange. The exchange id keeps it from applying to the copies a splitter or
     * multicast makes, the writer (the endpoint's configuration) from applying to another create.
     */
    record Pending(String exchangeId, Object writer, String key, long firstAttemptNanos, boolean mayHaveTakenEffect) {
    }

    private final Object writer;
    private final String key;
    private final long firstAttemptNanos;
    private final Pending earlier;

    private IdempotencyKey(Object writer, String key, long firstAttemptNanos, Pending earlier) {
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
            return new IdempotencyKey(writer, earlier.key(), earlier.firstAttemptNanos(), earlier);
        }
        return new IdempotencyKey(writer, given != null ? given : newKey(), System.nanoTime(), null);
    }

    /**
     * Runs one attempt at the create. When it fails, however it fails, the key stays on the exchange for a
     * redelivery; when it succeeds, a later create on the exchange gets a key of its own.
     */
    public <T> T attempt(Exchange exchange, Supplier<T> create) {
        boolean succeeded = false;
        RuntimeException failure = null;
        try {
            T result = create.get();
            succeeded = true;
            return result;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            if (!succeeded) {
                exchange.setProperty(JiraConstants.IDEMPOTENCY_PENDING, new Pending(exchange.getExchangeId(), writer,
                        key, firstAttemptNanos, mayHaveTakenEffect() || mayHaveTakenEffect(failure)));
            } else if (earlier != null && exchange.getProperty(JiraConstants.IDEMPOTENCY_PENDING) == earlier) {
                exchange.removeProperty(JiraConstants.IDEMPOTENCY_PENDING);
            }
        }
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

    /**
     * Whether an earlier attempt at this exchange may have created the entity: its outcome was not a refusal. Then the
     * entity is looked for before it is created again.
     */
    public boolean mayHaveTakenEffect() {
        return earlier != null && earlier.mayHaveTakenEffect();
    }

    /**
     * Whether a failed attempt may still have created the entity: anything but Jira's refusal (4xx), or its 503, which
     * it answers before doing any work. Null (an Error) counts as unknown.
     */
    private static boolean mayHaveTakenEffect(RuntimeException failure) {
        if (failure instanceof JiraException jira && jira.getStatus() > 0) {
            int status = jira.getStatus();
            return !(status >= 400 && status < 500 || status == 503);
        }
        return true;
    }

    public String value() {
        return key;
    }

    /** Since the first attempt with this key: how far back its entity can have been created. */
    public Duration sinceFirstAttempt() {
        return Duration.ofNanos(System.nanoTime() - firstAttemptNanos);
    }

    /** Adds the key to a create request's {@code properties}, replacing an entry of the same name. */
    public void addTo(ObjectNode request) {
        JsonNode existing = request.get("properties");
        ArrayNode properties = request.putArray("properties");
        if (existing != null && existing.isArray()) {
            existing.forEach(property -> {
                if (!PROPERTY.equals(property.path("key").asText(null))) {
                    properties.add(property);
                }
            });
        }
        properties.addObject().put("key", PROPERTY).putObject("value").put("key", value());
    }

    /** Whether a property value read back from Jira is this key's. */
    public boolean matches(Object propertyValue) {
        return propertyValue instanceof Map<?, ?> map && value().equals(map.get("key"));
    }

    /**
     * The error when the answer to a create was lost and looking for its entity failed as well: the outcome stays
     * unknown, and the exchange can be redelivered safely.
     */
    public JiraOutcomeUnknownException lookUpFailed(String method, String path, JiraException cause) {
        return new JiraOutcomeUnknownException(new JiraErrorDetails(0, method, path,
                List.of("the answer was lost, and looking for what it created by its idempotency key " + value()
                        + " failed: " + cause.getMessage()),
                null, null,
                "Redelivering the exchange is safe: it looks for the key again before creating"), value(), cause);
    }

    @Override
    public String toString() {
        return value();
    }
}
