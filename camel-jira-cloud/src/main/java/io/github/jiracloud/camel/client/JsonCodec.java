package io.github.jiracloud.camel.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one Jackson mapper of the component, and the conversions between exchange bodies and JSON. */
public final class JsonCodec {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final ValueTree VALUE_TREE = new ValueTree(MAPPER);

    private JsonCodec() {
    }

    /** Parses a response body into Maps, Lists and scalars: the one result type of every action. */
    public static Object readValue(byte[] json) {
        try {
            return MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Jira answered with a body that is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Jira's answer could not be read: " + e.getMessage(), e);
        }
    }

    public static JsonNode readTree(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    /**
     * Turns an exchange body into JSON: a Jackson node, a JSON string or bytes, a Map, a List or any POJO.
     *
     * @param what names the body in error messages, e.g. "the issue/create body"
     * @throws IllegalArgumentException naming the JSON problem and its position
     */
    public static JsonNode toTree(Object body, String what) {
        if (body == null) {
            return null;
        }
        if (body instanceof JsonNode node) {
            return node;
        }
        try {
            if (body instanceof String text) {
                return MAPPER.readTree(text);
            }
            if (body instanceof byte[] bytes) {
                return MAPPER.readTree(bytes);
            }
            if (body instanceof InputStream stream) {
                return MAPPER.readTree(stream);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(what + " could not be read: " + e.getMessage(), e);
        }
        try {
            return VALUE_TREE.of(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " of type " + body.getClass().getName()
                    + " cannot be turned into JSON: " + e.getMessage(), e);
        }
    }

    /** Like {@link #toTree} but insists on a JSON object. */
    public static ObjectNode toObject(Object body, String what) {
        JsonNode node = toTree(body, what);
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw new IllegalArgumentException(what + " must be a JSON object (a Map, a JSON string {...} or a POJO), was: "
                + (node == null ? "empty" : node.getNodeType().toString().toLowerCase(Locale.ROOT)));
    }

    /**
     * Like {@link #toObject}, for a caller that changes the object: a JsonNode body, which belongs to the caller's
     * exchange, is copied; the tree made from any other body is new, and nobody else holds it.
     */
    public static ObjectNode toObjectCopy(Object body, String what) {
        ObjectNode object = toObject(body, what);
        return body instanceof JsonNode ? object.deepCopy() : object;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(JsonNode node) {
        return MAPPER.convertValue(node, Map.class);
    }
}
