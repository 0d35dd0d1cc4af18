package io.github.jiracloud.camel.client;

import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns Maps, Collections and plain scalars into a Jackson tree by walking them, which gives the same tree as
 * {@link ObjectMapper#valueToTree} at a fraction of its cost: that one writes every value into a token buffer and
 * reads the buffer back, on every call. Anything else (a POJO, a date, a BigDecimal, a Map with keys that are not
 * Strings) is left to {@code valueToTree}, so it comes out exactly as Jackson makes it. A JsonNode inside is copied,
 * as {@code valueToTree} copies it, so the caller's tree is never shared.
 */
final class ValueTree {

    private final ObjectMapper mapper;
    private final JsonNodeFactory nodes;

    ValueTree(ObjectMapper mapper) {
        this.mapper = mapper;
        this.nodes = mapper.getNodeFactory();
    }

    /** @throws IllegalArgumentException when Jackson cannot turn a value inside into JSON */
    JsonNode of(Object value) {
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof String text) {
            return nodes.textNode(text);
        }
        if (value instanceof Integer number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Long number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return nodes.booleanNode(flag);
        }
        if (value instanceof JsonNode node) {
            return node.deepCopy();
        }
        if (value instanceof Map<?, ?> map && hasTextKeys(map)) {
            ObjectNode object = nodes.objectNode();
            map.forEach((key, item) -> object.set((String) key, of(item)));
            return object;
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = nodes.arrayNode(items.size());
            items.forEach(item -> array.add(of(item)));
            return array;
        }
        return mapper.valueToTree(value);
    }

    private static boolean hasTextKeys(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }
}
