package io.github.jiracloud.camel.adf;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Flattens ADF to readable text for logs and consumers: blocks separated by blank lines, list items as
 * {@code - } or {@code 1. } with nested items indented, quotes as {@code > }, line breaks as newlines.
 * Nodes it does not know give their text, so nothing a user wrote is lost.
 */
final class AdfToPlainText {

    private AdfToPlainText() {
    }

    static String render(JsonNode node) {
        return node == null ? "" : block(node);
    }

    private static String block(JsonNode node) {
        return switch (AdfNodes.type(node)) {
            case "paragraph", "heading", "codeBlock" -> inline(node);
            case "bulletList" -> list(node, false);
            case "orderedList" -> list(node, true);
            case "listItem" -> joinBlocks(node, "\n");
            case "blockquote" -> prefixLines(joinBlocks(node, "\n\n"), "> ", "> ");
            case "rule" -> "---";
            default -> isInline(node) ? inline(node) : joinBlocks(node, "\n\n");
        };
    }

    private static String list(JsonNode list, boolean ordered) {
        long number = list.path("attrs").path("order").asLong(1);
        List<String> items = new ArrayList<>();
        for (JsonNode item : list.path("content")) {
            String marker = ordered ? number++ + ". " : "- ";
            items.add(prefixLines(block(item), marker, " ".repeat(marker.length())));
        }
        return String.join("\n", items);
    }

    private static String joinBlocks(JsonNode node, String separator) {
        List<String> blocks = new ArrayList<>();
        for (JsonNode child : node.path("content")) {
            String text = block(child);
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        return String.join(separator, blocks);
    }

    private static String inline(JsonNode node) {
        StringBuilder text = new StringBuilder();
        appendInline(node, text);
        return text.toString();
    }

    private static void appendInline(JsonNode node, StringBuilder text) {
        JsonNode attrs = node.path("attrs");
        switch (AdfNodes.type(node)) {
            case "text" -> text.append(node.path("text").asText());
            case "hardBreak" -> text.append('\n');
            case "mention" -> text.append(attrs.hasNonNull("text")
                    ? attrs.get("text").asText()
                    : "@" + attrs.path("id").asText());
            case "emoji" -> text.append(attrs.hasNonNull("text")
                    ? attrs.get("text").asText()
                    : attrs.path("shortName").asText());
            case "inlineCard" -> text.append(attrs.path("url").asText());
            default -> {
                if (attrs.hasNonNull("text")) {
                    text.append(attrs.get("text").asText());
                }
                node.path("content").forEach(child -> appendInline(child, text));
            }
        }
    }

    /** Unknown nodes (a status, a date, ...) read as one run of text when they hold no blocks. */
    private static boolean isInline(JsonNode node) {
        for (JsonNode child : node.path("content")) {
            if (!isInlineLeaf(child)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInlineLeaf(JsonNode node) {
        return node.has("text") || AdfContentRules.allows("paragraph", AdfNodes.type(node))
                || node.path("content").isEmpty() && node.path("attrs").hasNonNull("text");
    }

    private static String prefixLines(String text, String first, String rest) {
        StringBuilder prefixed = new StringBuilder(first);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            prefixed.append(c);
            if (c == '\n') {
                prefixed.append(rest);
            }
        }
        return prefixed.toString();
    }
}
