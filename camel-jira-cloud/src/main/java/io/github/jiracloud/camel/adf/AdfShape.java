package io.github.jiracloud.camel.adf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks the structural rules of ADF that Jira Cloud enforces, so a bad document is reported with a precise
 * location before Jira answers a bare "400 Bad Request".
 *
 * <p>Covered: the {@code doc} root (version 1, a content array); which block or inline node may sit where;
 * heading levels 1 to 6; list items that start with a paragraph or code block; code blocks holding only unmarked
 * text; non-empty text nodes; the marks strong, em, code (combined with link only), strike, underline, link (with an
 * href) and subsup, each at most once per text node; and the panel, mention, emoji and inlineCard nodes.
 * Other ADF nodes, such as tables and media, are reported as unknown.
 */
public final class AdfShape {

    private static final Set<String> MARKS = Set.of("strong", "em", "code", "strike", "underline", "link", "subsup");
    private static final Set<String> PANEL_TYPES = Set.of("info", "note", "warning", "success", "error", "custom");

    private final List<String> problems = new ArrayList<>();

    private AdfShape() {
    }

    /**
     * @return one message per problem, each starting with the JSON Pointer of the offending node
     * (for example {@code /content/0/content/1: ...}); empty when the document is valid
     */
    public static List<String> validate(JsonNode doc) {
        AdfShape shape = new AdfShape();
        shape.document(doc);
        return List.copyOf(shape.problems);
    }

    private void document(JsonNode doc) {
        if (doc == null || !doc.isObject()) {
            problem("", "an ADF document must be a JSON object {\"type\":\"doc\",\"version\":1,\"content\":[...]}, "
                    + "found " + describe(doc));
            return;
        }
        if (!"doc".equals(AdfNodes.type(doc))) {
            problem("", "the root node must have type 'doc', found " + describe(doc.get("type")));
        }
        JsonNode version = doc.get("version");
        if (version == null || !version.isNumber() || version.asDouble() != 1) {
            problem("", "'version' must be 1, found " + describe(version));
        }
        if (!doc.path("content").isArray()) {
            problem("", "'content' must be an array of block nodes, found " + describe(doc.get("content")));
            return;
        }
        content(doc, "doc", "");
    }

    private void node(JsonNode node, String parent, String path) {
        if (!node.isObject()) {
            problem(path, "a node must be a JSON object, found " + describe(node));
            return;
        }
        String type = AdfNodes.type(node);
        if (type.isEmpty()) {
            problem(path, "a node needs a string 'type', found " + describe(node.get("type")));
            return;
        }
        if (!AdfContentRules.isKnown(type)) {
            problem(path, "unknown node type '" + type + "'");
            return;
        }
        if (!AdfContentRules.allows(parent, type)) {
            problem(path, "'" + type + "' is not allowed inside '" + parent + "'; allowed there: "
                    + new TreeSet<>(AdfContentRules.allowedChildren(parent)));
        }
        attributes(node, type, path);
        marks(node, type, parent, path);
        content(node, type, path);
    }

    private void content(JsonNode node, String type, String path) {
        JsonNode content = node.get("content");
        if (content != null && !content.isArray()) {
            problem(path, "'content' must be an array, found " + describe(content));
            return;
        }
        int size = content == null ? 0 : content.size();
        if (size == 0) {
            if (AdfContentRules.needsContent(type)) {
                problem(path, "'" + type + "' needs at least one node in 'content'");
            }
            return;
        }
        if (AdfContentRules.allowedChildren(type).isEmpty()) {
            problem(path, "'" + type + "' cannot have content");
            return;
        }
        if (type.equals("listItem") && AdfContentRules.isList(AdfNodes.type(content.get(0)))) {
            problem(path + "/content/0", "a listItem must start with a paragraph or codeBlock, not a nested list");
        }
        for (int i = 0; i < size; i++) {
            node(content.get(i), type, path + "/content/" + i);
        }
    }

    private void attributes(JsonNode node, String type, String path) {
        JsonNode attrs = node.path("attrs");
        if (!attrs.isMissingNode() && !attrs.isObject()) {
            problem(path, "'attrs' must be an object, found " + describe(attrs));
            return;
        }
        switch (type) {
            case "text" -> require(path, isNonEmptyText(node.get("text")), "a text node needs a non-empty 'text'");
            case "heading" -> require(path, isIntegerBetween(attrs.get("level"), 1, 6),
                    "a heading needs attrs.level from 1 to 6, found " + describe(attrs.get("level")));
            case "orderedList" -> require(path, !attrs.has("order") || isIntegerBetween(attrs.get("order"), 0,
                    Integer.MAX_VALUE), "attrs.order must be a whole number of 0 or more");
            case "codeBlock" -> require(path, attrs.path("language").isMissingNode() || attrs.get("language").isNull()
                    || attrs.get("language").isTextual(), "attrs.language must be a string");
            case "panel" -> require(path, PANEL_TYPES.contains(attrs.path("panelType").asText()),
                    "a panel needs attrs.panelType, one of " + new TreeSet<>(PANEL_TYPES));
            case "mention" -> require(path, isNonEmptyText(attrs.get("id")), "a mention needs attrs.id");
            case "emoji" -> require(path, isNonEmptyText(attrs.get("shortName")), "an emoji needs attrs.shortName");
            case "inlineCard" -> require(path, isNonEmptyText(attrs.get("url")) || attrs.path("data").isObject(),
                    "an inlineCard needs attrs.url or attrs.data");
            default -> {
                // the remaining nodes have no required attributes
            }
        }
    }

    private void marks(JsonNode node, String type, String parent, String path) {
        JsonNode marks = node.get("marks");
        if (marks == null || marks.isArray() && marks.isEmpty()) {
            return;
        }
        if (!type.equals("text")) {
            problem(path, "only text nodes can have marks, '" + type + "' has some");
            return;
        }
        if (!marks.isArray()) {
            problem(path, "'marks' must be an array, found " + describe(marks));
            return;
        }
        if (parent.equals("codeBlock")) {
            problem(path, "text inside a codeBlock cannot have marks");
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < marks.size(); i++) {
            String markType = mark(marks.get(i), path + "/marks/" + i);
            if (markType != null && !seen.add(markType)) {
                problem(path + "/marks/" + i, "the mark '" + markType + "' appears more than once");
            }
        }
        if (seen.contains("code")) {
            Set<String> others = new TreeSet<>(seen);
            others.removeAll(Set.of("code", "link"));
            require(path, others.isEmpty(), "the code mark can only be combined with link, found also " + others);
        }
    }

    /** @return the mark's type when it is a known one, else null after reporting the problem */
    private String mark(JsonNode mark, String path) {
        String type = AdfNodes.type(mark);
        if (!MARKS.contains(type)) {
            problem(path, "unknown mark " + describe(mark.get("type")) + "; allowed: " + new TreeSet<>(MARKS));
            return null;
        }
        JsonNode attrs = mark.path("attrs");
        if (type.equals("link")) {
            require(path, isNonEmptyText(attrs.get("href")), "a link mark needs attrs.href");
        } else if (type.equals("subsup")) {
            require(path, Set.of("sub", "sup").contains(attrs.path("type").asText()),
                    "a subsup mark needs attrs.type 'sub' or 'sup'");
        }
        return type;
    }

    private static boolean isNonEmptyText(JsonNode value) {
        return value != null && value.isTextual() && !value.textValue().isEmpty();
    }

    private static boolean isIntegerBetween(JsonNode value, int min, int max) {
        return value != null && value.canConvertToExactIntegral() && value.canConvertToLong()
                && value.asLong() >= min && value.asLong() <= max;
    }

    private void require(String path, boolean condition, String message) {
        if (!condition) {
            problem(path, message);
        }
    }

    private void problem(String path, String message) {
        problems.add((path.isEmpty() ? "/" : path) + ": " + message);
    }

    private static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        String json = value.toString();
        return json.length() <= 60 ? json : json.substring(0, 57) + "...";
    }
}
