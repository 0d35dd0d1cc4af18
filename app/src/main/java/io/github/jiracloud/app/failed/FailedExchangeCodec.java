package io.github.jiracloud.app.failed;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A {@link FailedExchange} as JSON: in the store (one document each) and in the JSON API. */
public final class FailedExchangeCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FailedExchangeCodec() {
    }

    /** @param withBody whether the input's body goes along (the store, and the API's single entry) */
    public static ObjectNode toJson(FailedExchange entry, boolean withBody) {
        ObjectNode json = JSON.createObjectNode()
                .put("id", entry.id())
                .put("flow", entry.flow())
                .put("firstFailedAt", entry.firstFailedAt().toString())
                .put("lastFailedAt", entry.lastFailedAt().toString())
                .put("attempts", entry.attempts());
        json.putObject("error").put("type", entry.error().type()).put("message", entry.error().message());
        FailedExchange.Input input = entry.input();
        ObjectNode in = json.putObject("input").put("kind", input.kind().name().toLowerCase())
                .put("size", input.size()).put("replayable", input.replayable());
        if (!input.replayable()) {
            in.put("notReplayableBecause", input.notReplayableBecause());
        }
        in.set("headers", JSON.valueToTree(input.headers()));
        if (withBody && input.body() != null) {
            in.put("body", input.body());
        }
        if (entry.replayClaim() != null) {
            json.putObject("replayClaim").put("holder", entry.replayClaim().holder())
                    .put("until", entry.replayClaim().until().toString());
        }
        return json;
    }

    public static String toText(FailedExchange entry) {
        return toJson(entry, true).toString();
    }

    public static FailedExchange fromText(String text) {
        try {
            JsonNode json = JSON.readTree(text);
            JsonNode input = json.path("input");
            Map<String, Object> headers = new LinkedHashMap<>();
            input.path("headers").fields().forEachRemaining(
                    header -> headers.put(header.getKey(), JSON.convertValue(header.getValue(), Object.class)));
            JsonNode claim = json.path("replayClaim");
            return new FailedExchange(json.path("id").asText(), json.path("flow").asText(),
                    Instant.parse(json.path("firstFailedAt").asText()),
                    Instant.parse(json.path("lastFailedAt").asText()), json.path("attempts").asInt(),
                    new FailedExchange.Error(json.path("error").path("type").asText(),
                            json.path("error").path("message").asText()),
                    new FailedExchange.Input(
                            FailedExchange.BodyKind.valueOf(input.path("kind").asText("none").toUpperCase()),
                            input.hasNonNull("body") ? input.get("body").asText() : null, input.path("size").asLong(),
                            headers, input.hasNonNull("notReplayableBecause")
                                    ? input.get("notReplayableBecause").asText()
                                    : null),
                    claim.isObject()
                            ? new FailedExchange.ReplayClaim(claim.path("holder").asText(),
                                    Instant.parse(claim.path("until").asText()))
                            : null);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("A stored failed exchange cannot be read (" + e.getClass().getSimpleName()
                    + "); discard it", e);
        }
    }
}
