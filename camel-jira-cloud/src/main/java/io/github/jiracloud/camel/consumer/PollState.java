package io.github.jiracloud.camel.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.client.JsonCodec;

/**
 * Where a poller stands: the newest change it delivered (the watermark), and every change it delivered inside the
 * overlap window before it. Queries reach back by the overlap, because JQL dates have minute precision and Jira's
 * search index is eventually consistent; the delivered set turns that overlap back into exactly-once. A change whose
 * exchange failed is the {@link Retry}: it holds the position until it is delivered again.
 */
final class PollState {

    /** The change at the head whose exchange failed: how often, and when it is delivered again. */
    record Retry(String itemId, Instant changedAt, int failures, Instant dueAt) {

        boolean isFor(String id, Instant time) {
            return itemId.equals(id) && changedAt.equals(time);
        }
    }

    private Instant watermark;
    /** Changes before this were there before the poller first started; they are not news. */
    private final Instant floor;
    /** issue id → the change time already delivered, for changes inside the overlap window. */
    private final Map<String, Instant> delivered = new HashMap<>();
    private Retry retry;

    PollState(Instant start) {
        this(start, start);
    }

    private PollState(Instant watermark, Instant floor) {
        this.watermark = watermark;
        this.floor = floor;
    }

    Instant watermark() {
        return watermark;
    }

    boolean wasDelivered(String issueId, Instant changedAt) {
        if (changedAt.isBefore(floor)) {
            return true;
        }
        Instant seen = delivered.get(issueId);
        return seen != null && !changedAt.isAfter(seen);
    }

    /** The failed change waiting to be delivered again, if any. */
    Optional<Retry> retry() {
        return Optional.ofNullable(retry);
    }

    /** Remembers that this change failed again; it stays undelivered, so the next poll finds it first. */
    void failed(String itemId, Instant changedAt, int failures, Instant dueAt) {
        retry = new Retry(itemId, changedAt, failures, dueAt);
    }

    /** Records a processed change and forgets the ones that fell out of the overlap window. */
    void markDelivered(String issueId, Instant changedAt, Duration overlap) {
        if (retry != null && (retry.itemId().equals(issueId) || changedAt.isAfter(retry.changedAt()))) {
            retry = null; // delivered, or gone from the results: the position is past it
        }
        delivered.merge(issueId, changedAt, (a, b) -> a.isAfter(b) ? a : b);
        if (changedAt.isAfter(watermark)) {
            watermark = changedAt;
        }
        Instant horizon = watermark.minus(overlap).minus(Duration.ofMinutes(1));
        delivered.values().removeIf(time -> time.isBefore(horizon));
    }

    String toJson() {
        ObjectNode json = JsonCodec.MAPPER.createObjectNode()
                .put("watermark", watermark.toString())
                .put("floor", floor.toString());
        ObjectNode seen = json.putObject("delivered");
        delivered.forEach((id, time) -> seen.put(id, time.toString()));
        if (retry != null) {
            json.putObject("retry").put("item", retry.itemId()).put("changedAt", retry.changedAt().toString())
                    .put("failures", retry.failures()).put("dueAt", retry.dueAt().toString());
        }
        return json.toString();
    }

    static PollState fromJson(String text) {
        try {
            JsonNode json = JsonCodec.MAPPER.readTree(text);
            PollState state = new PollState(Instant.parse(json.path("watermark").asText()),
                    Instant.parse(json.path("floor").asText()));
            json.path("delivered").fields().forEachRemaining(
                    entry -> state.delivered.put(entry.getKey(), Instant.parse(entry.getValue().asText())));
            JsonNode retry = json.path("retry");
            if (retry.isObject()) {
                state.failed(retry.path("item").asText(), Instant.parse(retry.path("changedAt").asText()),
                        retry.path("failures").asInt(), Instant.parse(retry.path("dueAt").asText()));
            }
            return state;
        } catch (Exception e) {
            throw new IllegalStateException("The stored position of the Jira poller cannot be read (" + e.getMessage()
                    + "); remove it from the state repository to start again from 'since'", e);
        }
    }
}
