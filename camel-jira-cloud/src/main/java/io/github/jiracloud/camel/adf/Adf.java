package io.github.jiracloud.camel.adf;

import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Atlassian Document Format for message bodies: Jira Cloud's REST API v3 wants descriptions and comments as ADF,
 * routes mostly have plain text or Markdown.
 */
public final class Adf {

    /** Refuses trailing text, so "{...} and more" is read as text instead of losing "and more". */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final String WHAT_TO_SEND = "Send a String (read as plain text or Markdown, see the option "
            + "textFormat) or an ADF document as JsonNode, Map or JSON String; convert other bodies first, "
            + "for example with convertBodyTo(String.class).";

    private Adf() {
    }

    /**
     * Text as typed: paragraphs split on blank lines, other newlines become hardBreak nodes, nothing is markup.
     * Empty, blank or null text gives an empty document, {@code {"type":"doc","version":1,"content":[]}}.
     */
    public static ObjectNode fromPlainText(String text) {
        return PlainTextToAdf.convert(text);
    }

    /**
     * Markdown as CommonMark reads it (commonmark-java), with GFM strikethrough ({@code ~~strike~~}) and bare
     * {@code http(s)://} URLs as links: headings, paragraphs, emphasis, code spans, links and autolinks, images as
     * links to the image, bullet and ordered lists (keeping the first number), fenced and indented code (a fence's
     * language kept), quotes, rules, hard breaks and backslash escapes. Tables and HTML are kept as text.
     *
     * <p>Never fails: whatever is not complete Markdown (an unclosed {@code **}, Jira wiki markup, random bytes)
     * stays literal text, and the result always satisfies {@link AdfShape} and Atlassian's ADF schema. What ADF
     * cannot nest (a heading or quote inside a quote or list item) becomes its paragraphs. Links to
     * {@code javascript:}, {@code data:}, {@code vbscript:} or {@code file:} URLs stay text. Blank or null input gives
     * an empty document.
     */
    public static ObjectNode fromMarkdown(String markdown) {
        return MarkdownToAdf.convert(markdown);
    }

    /** Whether the node is an ADF document root: {@code {"type":"doc","version":1,"content":[...]}}. */
    public static boolean isDocument(JsonNode node) {
        return node != null && node.isObject() && "doc".equals(AdfNodes.type(node))
                && node.path("version").isNumber() && node.path("version").asDouble() == 1
                && node.path("content").isArray();
    }

    /**
     * The ADF document for a message body.
     *
     * @param value null gives null; an ADF document as {@link JsonNode} (returned as is), {@link Map} or JSON
     *     String is passed through unchanged; any other String (or JSON string node) is converted as
     *     {@code format} says
     * @throws AdfException for any other value, naming its type and what to send instead
     */
    public static JsonNode toDocument(Object value, TextFormat format) {
        Objects.requireNonNull(format, "format");
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return fromString(text, format);
        }
        if (value instanceof JsonNode node) {
            if (isDocument(node)) {
                return node;
            }
            if (node.isTextual()) {
                return fromString(node.textValue(), format);
            }
            throw new AdfException("The JSON body is not an ADF document: it needs \"type\":\"doc\", \"version\":1 "
                    + "and a \"content\" array, found " + abbreviate(node.toString()) + ". " + WHAT_TO_SEND);
        }
        if (value instanceof Map<?, ?> map) {
            return fromMap(map);
        }
        throw new AdfException("Cannot turn a " + value.getClass().getTypeName() + " into an ADF document. "
                + WHAT_TO_SEND);
    }

    /** Blocks separated by blank lines, list items as "- " or "1. ", line breaks as newlines; null gives "". */
    public static String toPlainText(JsonNode doc) {
        return AdfToPlainText.render(doc);
    }

    private static JsonNode fromString(String text, TextFormat format) {
        if (text.stripLeading().startsWith("{")) {
            try {
                JsonNode json = JSON.readTree(text);
                if (isDocument(json)) {
                    return json;
                }
            } catch (JsonProcessingException notJson) {
                // text that merely starts with a brace, such as Jira wiki's {code}: convert it as text
            }
        }
        return format == TextFormat.MARKDOWN ? fromMarkdown(text) : fromPlainText(text);
    }

    private static JsonNode fromMap(Map<?, ?> map) {
        JsonNode json;
        try {
            json = JSON.valueToTree(map);
        } catch (IllegalArgumentException e) {
            throw new AdfException("The Map body cannot be read as JSON: " + e.getMessage() + ". " + WHAT_TO_SEND, e);
        }
        if (!isDocument(json)) {
            throw new AdfException("The Map body is not an ADF document: it needs type=doc, version=1 and a content "
                    + "list, found keys " + map.keySet() + ". " + WHAT_TO_SEND);
        }
        return json;
    }

    private static String abbreviate(String json) {
        return json.length() <= 80 ? json : json.substring(0, 77) + "...";
    }
}
