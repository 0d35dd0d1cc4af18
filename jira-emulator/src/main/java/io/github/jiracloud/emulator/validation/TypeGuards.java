package io.github.jiracloud.emulator.validation;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Atlassian's ADF schema with each {@code anyOf} branch guarded by its node type, so that a node is checked only
 * against the branches of its own type. Where a node may stand, the schema lists every node type allowed there as an
 * {@code anyOf} of branches, each requiring {@code "type"} to be one name ({@code properties.type.enum}). A
 * validator tries every branch, and a failing one still checks the node's content against its own content rules: for
 * a document with a wrong node deep down, that is every branch at every level, exponential in the nesting (seconds
 * for one list level, never ending for ten).
 *
 * <p>Each such branch {@code B} becomes {@code {"if": G, "then": B, "else": G}}, where the guard {@code G} is what
 * {@code B} itself requires of the type ({@code "required": ["type"]} and {@code "properties": {"type": {"enum":
 * [...]}}}, found in {@code B}, its {@code $ref} target or its {@code allOf} parts). It accepts exactly what
 * {@code B} accepts: a node that passes {@code G} is checked by {@code B}; one that fails {@code G} fails {@code B}
 * too, and the {@code else} reports why ({@code G}'s error: the type is not one of these). The schema is changed in
 * memory only; the file stays Atlassian's.
 */
final class TypeGuards {

    private static final String DEFINITIONS = "#/definitions/";

    private final JsonNode definitions;

    private TypeGuards(JsonNode schema) {
        this.definitions = schema.path("definitions");
    }

    /** A copy of {@code schema} with every {@code anyOf} branch that requires a node type guarded by it. */
    static ObjectNode add(JsonNode schema) {
        ObjectNode guarded = schema.deepCopy();
        new TypeGuards(guarded).guardAll(guarded);
        return guarded;
    }

    private void guardAll(JsonNode node) {
        if (node.isArray()) {
            node.forEach(this::guardAll);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            guardAll(field.getValue());
        }
        if (node.get("anyOf") instanceof ArrayNode branches) {
            for (int i = 0; i < branches.size(); i++) {
                ObjectNode guard = guard(branches.get(i), 0);
                if (!guard.isEmpty()) {
                    ObjectNode guarded = JsonNodeFactory.instance.objectNode();
                    guarded.set("if", guard);
                    guarded.set("then", branches.get(i));
                    guarded.set("else", guard.deepCopy());
                    branches.set(i, guarded);
                }
            }
        }
    }

    /** What {@code branch} requires of its node's {@code type}: empty when it requires nothing of it. */
    private ObjectNode guard(JsonNode branch, int hops) {
        ObjectNode guard = JsonNodeFactory.instance.objectNode();
        if (!branch.isObject() || hops > definitions.size()) {
            return guard;
        }
        String ref = branch.path("$ref").asText("");
        if (!ref.isEmpty()) {
            // Draft-04 ignores whatever stands beside a $ref.
            return ref.startsWith(DEFINITIONS)
                    ? guard(definitions.path(ref.substring(DEFINITIONS.length())), hops + 1)
                    : guard;
        }
        JsonNode typeEnum = branch.path("properties").path("type").path("enum");
        if (typeEnum.isArray()) {
            guard.set("properties", JsonNodeFactory.instance.objectNode()
                    .set("type", JsonNodeFactory.instance.objectNode().set("enum", typeEnum.deepCopy())));
        }
        for (JsonNode required : branch.path("required")) {
            if ("type".equals(required.asText())) {
                guard.set("required", JsonNodeFactory.instance.arrayNode().add("type"));
            }
        }
        for (JsonNode part : branch.path("allOf")) {
            merge(guard, guard(part, hops + 1));
        }
        return guard;
    }

    private static void merge(ObjectNode guard, ObjectNode more) {
        more.properties().forEach(field -> guard.putIfAbsent(field.getKey(), field.getValue()));
    }
}
