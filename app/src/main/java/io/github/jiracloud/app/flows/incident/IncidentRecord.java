package io.github.jiracloud.app.flows.incident;

import java.io.IOException;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the flow knows of one alert's issue, kept in the shared record: which issue, whether it is open or resolved,
 * and when the flow last commented on it. While a replica acts on the issue (opens, comments, resolves) the record is
 * {@code CLAIMED} by it, holding the state before, so other replicas wait instead of acting twice, and a replica that
 * died mid-way is recognised by the claim's age.
 *
 * @param issueKey the issue (OPEN and RESOLVED), or null
 * @param lastComment when the issue was last opened or commented on by the flow (OPEN and RESOLVED), or null
 * @param claim the claiming attempt's id, also the idempotency key of a create (CLAIMED), or null
 * @param claimedAt when it was claimed (CLAIMED), or null
 * @param previous the record before the claim (CLAIMED), or null when there was none
 */
record IncidentRecord(State state, String issueKey, Instant lastComment, String claim, Instant claimedAt,
        IncidentRecord previous) {

    private static final ObjectMapper JSON = new ObjectMapper();

    enum State {
        CLAIMED, OPEN, RESOLVED
    }

    static IncidentRecord open(String issueKey, Instant lastComment) {
        return new IncidentRecord(State.OPEN, issueKey, lastComment, null, null, null);
    }

    static IncidentRecord resolved(String issueKey, Instant lastComment) {
        return new IncidentRecord(State.RESOLVED, issueKey, lastComment, null, null, null);
    }

    static IncidentRecord claimed(String claim, Instant at, IncidentRecord previous) {
        // a claim over a dead claim keeps what was there before it
        IncidentRecord before = previous != null && previous.state == State.CLAIMED ? previous.previous : previous;
        return new IncidentRecord(State.CLAIMED, null, null, claim, at, before);
    }

    String toJson() {
        return write(this).toString();
    }

    static IncidentRecord fromJson(String json) {
        try {
            return read(JSON.readTree(json));
        } catch (IOException | RuntimeException e) {
            // a record that can't be read is no record: search finds the issue as a fallback
            return null;
        }
    }

    private static ObjectNode write(IncidentRecord record) {
        ObjectNode json = JSON.createObjectNode().put("state", record.state.name().toLowerCase());
        if (record.issueKey != null) {
            json.put("issue", record.issueKey);
        }
        if (record.lastComment != null) {
            json.put("lastComment", record.lastComment.toString());
        }
        if (record.claim != null) {
            json.put("claim", record.claim).put("claimedAt", record.claimedAt.toString());
        }
        if (record.previous != null) {
            json.set("previous", write(record.previous));
        }
        return json;
    }

    private static IncidentRecord read(JsonNode json) {
        if (json == null || !json.isObject()) {
            return null;
        }
        return new IncidentRecord(State.valueOf(json.path("state").asText().toUpperCase()),
                json.path("issue").asText(null), instant(json, "lastComment"), json.path("claim").asText(null),
                instant(json, "claimedAt"), read(json.get("previous")));
    }

    private static Instant instant(JsonNode json, String field) {
        return json.hasNonNull(field) ? Instant.parse(json.get(field).asText()) : null;
    }
}
