package io.github.jiracloud.camel.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bodies become the same JSON as Jackson's own conversion makes, and a caller's tree is never changed. */
class JsonCodecTest {

    /** A POJO as a route might send inside a Map. */
    public record Reporter(String accountId, int weight, List<String> tags) {
    }

    public enum Level {
        LOW, HIGH
    }

    @Test
    void mapsListsAndScalarsBecomeTheTreeJacksonMakes() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("count", 3);
        nested.put("big", 12_345_678_901L);
        nested.put("small long", 5L);
        nested.put("ratio", 0.25);
        nested.put("float", 1.5f);
        nested.put("price", new BigDecimal("10.50"));
        nested.put("short", (short) 7);
        nested.put("char", 'x');
        nested.put("flag", true);
        nested.put("nothing", null);
        nested.put("level", Level.HIGH);
        nested.put("due", LocalDate.of(2026, 3, 1).toString());
        nested.put("array", new String[]{"a", "b"});
        nested.put("ints", new int[]{1, 2});
        nested.put("set", Set.of("only"));
        nested.put("numbered keys", new TreeMap<>(Map.of(2, "two", 1, "one")));
        nested.put("reporter", new Reporter("5b10ac8d82e05b22cc7d4ef5", 2, List.of("x", "y")));
        nested.put("tree", JsonCodec.MAPPER.createObjectNode().put("already", "json"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("summary", "Disk full");
        body.put("labels", new ArrayList<>(List.of("ops", "disk")));
        body.put("nested", nested);
        body.put("list of maps", List.of(Map.of("value", "red"), new HashMap<>(Map.of("value", 1))));
        body.put("list of lists", Arrays.asList(List.of(1, 2L), Arrays.asList(null, "z")));

        JsonNode tree = JsonCodec.toTree(body, "The body");

        assertThat(tree).isEqualTo(JsonCodec.MAPPER.valueToTree(body));
        assertThat(tree.toString()).isEqualTo(JsonCodec.MAPPER.valueToTree(body).toString());
    }

    @Test
    void aMapWithKeysThatAreNotTextIsConvertedAsJacksonDoes() {
        Map<Object, Object> body = new LinkedHashMap<>();
        body.put(10016, 5);
        body.put(Level.LOW, "low");

        assertThat(JsonCodec.toTree(body, "The body")).isEqualTo(JsonCodec.MAPPER.valueToTree(body));
    }

    @Test
    void aValueJacksonCannotWriteIsNamedInTheError() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("summary", "Disk full");
        body.put("stream", new Object());

        assertThatThrownBy(() -> JsonCodec.toTree(body, "The issue/create body"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "The issue/create body of type java.util.LinkedHashMap cannot be turned into JSON");
    }

    @Test
    void aTreeInsideAMapIsCopiedNotShared() {
        ObjectNode reporter = JsonCodec.MAPPER.createObjectNode().put("accountId", "abc");
        ObjectNode tree = JsonCodec.toObject(Map.of("reporter", reporter), "The body");

        ((ObjectNode) tree.get("reporter")).put("accountId", "changed");

        assertThat(reporter.get("accountId").asText()).isEqualTo("abc");
    }

    @Test
    void anObjectCopyLeavesTheCallersTreeAlone() {
        ObjectNode body = JsonCodec.MAPPER.createObjectNode().put("summary", "Disk full");

        JsonCodec.toObjectCopy(body, "The body").put("summary", "changed");

        assertThat(body.get("summary").asText()).isEqualTo("Disk full");
    }
}
