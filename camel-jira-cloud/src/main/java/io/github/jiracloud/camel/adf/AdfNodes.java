package io.github.jiracloud.camel.adf;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds ADF nodes. Fields come in the order of Atlassian's own examples (type, attrs, content or text, marks),
 * so logged documents read like the documentation.
 */
final class AdfNodes {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AdfNodes() {
    }

    static ObjectNode doc(List<ObjectNode> blocks) {
        ObjectNode doc = node("doc");
        doc.put("version", 1);
        doc.set("content", array(blocks));
        return doc;
    }

    static ObjectNode paragraph(List<ObjectNode> inlines) {
        return withContent(node("paragraph"), inlines);
    }

    static ObjectNode heading(int level, List<ObjectNode> inlines) {
        ObjectNode heading = node("heading");
        heading.putObject("attrs").put("level", level);
        return withContent(heading, inlines);
    }

    static ObjectNode bulletList(List<ObjectNode> items) {
        return withContent(node("bulletList"), items);
    }

    static ObjectNode orderedList(int firstNumber, List<ObjectNode> items) {
        ObjectNode list = node("orderedList");
        list.putObject("attrs").put("order", firstNumber);
        return withContent(list, items);
    }

    static ObjectNode listItem(List<ObjectNode> blocks) {
        return withContent(node("listItem"), blocks);
    }

    static ObjectNode blockquote(List<ObjectNode> blocks) {
        return withContent(node("blockquote"), blocks);
    }

    /** An absent or blank language is left out: Jira then shows the code without highlighting. */
    static ObjectNode codeBlock(String language, String code) {
        ObjectNode codeBlock = node("codeBlock");
        if (language != null && !language.isBlank()) {
            codeBlock.putObject("attrs").put("language", language);
        }
        return withContent(codeBlock, code.isEmpty() ? List.of() : List.of(text(code, List.of())));
    }

    static ObjectNode rule() {
        return node("rule");
    }

    /** Marks are left out when there are none, as Jira's editor does. */
    static ObjectNode text(String text, List<ObjectNode> marks) {
        ObjectNode node = node("text");
        node.put("text", text);
        if (!marks.isEmpty()) {
            node.set("marks", array(marks));
        }
        return node;
    }

    static ObjectNode hardBreak() {
        return node("hardBreak");
    }

    static ObjectNode mark(String type) {
        return node(type);
    }

    static ObjectNode link(String href) {
        ObjectNode link = node("link");
        link.putObject("attrs").put("href", href);
        return link;
    }

    /** The node's type, or "" when it has none, so callers can compare without null checks. */
    static String type(JsonNode node) {
        JsonNode type = node == null ? null : node.get("type");
        return type != null && type.isTextual() ? type.textValue() : "";
    }

    /** The node's content as a list; empty when it has none. */
    static List<ObjectNode> content(JsonNode node) {
        List<ObjectNode> children = new ArrayList<>();
        for (JsonNode child : node.path("content")) {
            if (child instanceof ObjectNode object) {
                children.add(object);
            }
        }
        return children;
    }

    private static ObjectNode node(String type) {
        ObjectNode node = JSON.objectNode();
        node.put("type", type);
        return node;
    }

    private static ObjectNode withContent(ObjectNode node, List<ObjectNode> children) {
        node.set("content", array(children));
        return node;
    }

    private static ArrayNode array(List<ObjectNode> nodes) {
        ArrayNode array = JSON.arrayNode(nodes.size());
        array.addAll(nodes);
        return array;
    }
}
