package io.github.jiracloud.emulator.data.edit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.emulator.validation.AdfSchema;

/** The Atlassian Document Format, which API v3 requires for rich text (descriptions, comments, text areas). */
public final class Adf {

    public static final String REQUIRED = "Operation value must be an Atlassian Document (see the Atlassian "
            + "Document Format)";

    /** The schema's problems shown in an error, so that one bad node in a long document keeps the message short. */
    private static final int SHOWN = 3;

    private Adf() {
    }

    /**
     * What Jira says about {@code value} as rich text: empty when it is a document,
     * {@code {"type":"doc","version":1,"content":[...]}}, that follows Atlassian's ADF schema ({@link AdfSchema}), as
     * Jira checks it; otherwise the field's error, which for a document names where and what the schema finds wrong.
     */
    public static Optional<String> problem(Object value) {
        boolean outline = value instanceof Map<?, ?> map
                && "doc".equals(map.get("type"))
                && map.get("version") instanceof Number version && version.intValue() == 1
                && map.get("content") instanceof List<?>;
        if (!outline) {
            return Optional.of(REQUIRED);
        }
        List<String> problems = AdfSchema.shared().map(schema -> schema.problems(value)).orElse(List.of());
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        String shown = String.join("; ", problems.subList(0, Math.min(problems.size(), SHOWN)));
        String more = problems.size() > SHOWN ? " (and " + (problems.size() - SHOWN) + " more)" : "";
        return Optional.of(REQUIRED + ": " + shown + more);
    }

    /** Whether {@code value} is a valid document ({@link #problem}). */
    public static boolean isDocument(Object value) {
        return problem(value).isEmpty();
    }

    /** A one-paragraph document, for seeding and for tests. */
    public static Map<String, Object> paragraph(String text) {
        return Map.of("type", "doc", "version", 1, "content", List.of(
                Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", text)))));
    }

    /** The document's text, paragraphs separated by newlines; what changelogs and text search see. */
    public static String plainText(Object document) {
        StringBuilder text = new StringBuilder();
        appendText(document, text);
        return text.toString().strip();
    }

    private static void appendText(Object node, StringBuilder text) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("text") instanceof String string) {
                text.append(string);
            }
            if ("hardBreak".equals(map.get("type"))) {
                text.append('\n');
            }
            if (map.get("content") instanceof List<?> children) {
                children.forEach(child -> appendText(child, text));
                if ("paragraph".equals(map.get("type")) || "heading".equals(map.get("type"))) {
                    text.append('\n');
                }
            }
        } else if (node instanceof List<?> list) {
            list.forEach(child -> appendText(child, text));
        }
    }
}
