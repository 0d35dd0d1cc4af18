package io.github.jiracloud.emulator.http;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one JSON mapper of the emulator; request bodies become plain maps and lists, as Jira's own parser sees them. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final TypeReference<List<Object>> ARRAY = new TypeReference<>() {
    };

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any JSON value: map, list, string, number, boolean or null. */
    public static Object parse(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Object.class);
    }

    public static Map<String, Object> parseObject(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, OBJECT);
    }

    public static List<Object> parseArray(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, ARRAY);
    }
}
