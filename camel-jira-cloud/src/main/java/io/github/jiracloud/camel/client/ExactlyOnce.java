package io.github.jiracloud.camel.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.error.JiraErrorDetails;
import io.github.jiracloud.camel.error.JiraException;
import io.github.jiracloud.camel.error.JiraOutcomeUnknownException;

/**
 * The exactly-once part of a create ({@link JiraRequest#withExactlyOnce}): its idempotency key, which the new entity
 * carries as the property {@value #PROPERTY} = {@code {"key": "<key>"}}, the lookup that finds the entity by that key
 * when the answer is lost, and what earlier attempts at the same create left. The client does the rest: it attaches
 * the key, looks first when an earlier attempt may have taken effect, looks instead of sending again when an answer
 * is lost, and tells {@link Attempts} how each attempt ended, so that a redelivery knows whether to look first.
 */
public final class ExactlyOnce {

    public static final String PROPERTY = "camel.idempotency";

    /** Told how an attempt at the create ended: where the caller keeps the key for a redelivery. */
    public interface Attempts {

        /** @param mayHaveTakenEffect whether this or an earlier attempt may have made the entity */
        void failed(boolean mayHaveTakenEffect);

        void succeeded();
    }

    private final String key;
    private final OutcomeCheck lookup;
    private final boolean earlierMayHaveTakenEffect;
    private final Attempts attempts;

    /**
     * @param lookup finds the entity by the key; null when the request can't be looked up (it names no project, so
     *     Jira refuses it): then a lost answer is not sent again
     * @param earlierMayHaveTakenEffect whether an earlier attempt at this create may have made the entity: it is
     *     looked for before the create is sent
     */
    public ExactlyOnce(String key, OutcomeCheck lookup, boolean earlierMayHaveTakenEffect, Attempts attempts) {
        this.key = Objects.requireNonNull(key, "key");
        this.lookup = lookup;
        this.earlierMayHaveTakenEffect = earlierMayHaveTakenEffect;
        this.attempts = Objects.requireNonNull(attempts, "attempts");
    }

    public String key() {
        return key;
    }

    /** Whether a property value read back from Jira carries this key. */
    public static boolean carries(Object propertyValue, String key) {
        return propertyValue instanceof Map<?, ?> map && key.equals(map.get("key"));
    }

    OutcomeCheck lookup() {
        return lookup;
    }

    boolean looksFirst() {
        return earlierMayHaveTakenEffect && lookup != null;
    }

    /** The create's body with the key among its {@code properties}, replacing an entry of the same name. */
    JsonNode addTo(JsonNode body) {
        if (!(body instanceof ObjectNode object)) {
            throw new IllegalArgumentException("Only a create with a JSON object body can carry an idempotency key");
        }
        ObjectNode copy = object.deepCopy();
        JsonNode existing = copy.get("properties");
        ArrayNode properties = copy.putArray("properties");
        if (existing != null && existing.isArray()) {
            existing.forEach(property -> {
                if (!PROPERTY.equals(property.path("key").asText(null))) {
                    properties.add(property);
                }
            });
        }
        properties.addObject().put("key", PROPERTY).putObject("value").put("key", key);
        return copy;
    }

    /** Runs the create (its look-first and its retries) and tells {@link Attempts} how it ended, however it ended. */
    <T> T attempt(Supplier<T> create) {
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
            if (succeeded) {
                attempts.succeeded();
            } else {
                attempts.failed(earlierMayHaveTakenEffect || mayHaveTakenEffect(failure));
            }
        }
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

    /**
     * The error when the answer to a create was lost and looking for its entity failed as well: the outcome stays
     * unknown, and the exchange can be redelivered safely.
     */
    JiraOutcomeUnknownException lookUpFailed(String method, String path, JiraException cause) {
        return new JiraOutcomeUnknownException(new JiraErrorDetails(0, method, path,
                List.of("the answer was lost, and looking for what it created by its idempotency key " + key
                        + " failed: " + cause.getMessage()),
                null, null,
                "Redelivering the exchange is safe: it looks for the key again before creating"), key, cause);
    }

    @Override
    public String toString() {
        return key;
    }
}
