package io.github.jiracloud.app.failed;

import java.time.Instant;
import java.util.Map;

import io.github.jiracloud.camel.error.JiraOutcomeUnknownException;

/**
 * One exchange that a flow could not process, as the store keeps it: where and when it failed, how often, why, and
 * what is needed to run it again through the same flow (the input body and the component's headers).
 *
 * @param id unique, and in the order the failures happened
 * @param flow the route id of the flow it failed in
 * @param attempts deliveries so far: the poller's redeliveries and every replay count
 * @param replayClaim who is replaying it right now, if anyone
 */
public record FailedExchange(String id, String flow, Instant firstFailedAt, Instant lastFailedAt, int attempts,
        Error error, Input input, ReplayClaim replayClaim) {

    /** The failure: the exception's class and its message, with anything that looks like a credential masked. */
    public record Error(String type, String message) {
        public String simpleType() {
            return type.substring(type.lastIndexOf('.') + 1);
        }

        /**
         * Whether the failed attempt may still have written to Jira, which could not tell in time: the message names
         * what to look for (a create's idempotency key, a bulk task).
         */
        public boolean outcomeUnknown() {
            return JiraOutcomeUnknownException.class.getName().equals(type);
        }
    }

    /**
     * The input as it entered the flow. {@code body} is JSON text for a Map or List, the text for text, Base64 for
     * other bytes; {@code notReplayableBecause} says why it is not there (too big, or of a type that cannot be kept).
     */
    public record Input(BodyKind kind, String body, long size, Map<String, Object> headers,
            String notReplayableBecause) {

        public boolean replayable() {
            return notReplayableBecause == null;
        }
    }

    public enum BodyKind {
        JSON, TEXT, BYTES, NONE
    }

    /** A replay in progress: by which copy of the bundle, and until when its claim holds. */
    public record ReplayClaim(String holder, Instant until) {
    }

    public FailedExchange failedAgain(Instant at, Error latest) {
        return new FailedExchange(id, flow, firstFailedAt, at, attempts + 1, latest, input, null);
    }

    public FailedExchange claimedBy(ReplayClaim claim) {
        return new FailedExchange(id, flow, firstFailedAt, lastFailedAt, attempts, error, input, claim);
    }

    /** Whether a replay holds it at this moment. */
    public boolean beingReplayed(Instant now) {
        return replayClaim != null && replayClaim.until().isAfter(now);
    }
}
