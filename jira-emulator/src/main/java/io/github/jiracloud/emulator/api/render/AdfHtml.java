package io.github.jiracloud.emulator.api.render;

import java.util.List;
import java.util.Map;

/** A small ADF-to-HTML renderer for {@code renderedFields}: enough for paragraphs, headings, lists and code. */
final class AdfHtml {

    private AdfHtml() {
    }

    static String render(Object document) {
        StringBuilder html = new StringBuilder();
        node(document, html);
        return html.toString();
    }

    private static void node(Object node, StringBuilder html) {
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        String type = String.valueOf(map.get("type"));
        switch (type) {
            case "text" -> html.append(escape(String.valueOf(map.get("text"))));
            case "hardBreak" -> html.append("<br/>");
            case "paragraph" -> wrap("p", map, html);
            case "bulletList" -> wrap("ul", map, html);
            case "orderedList" -> wrap("ol", map, html);
            case "listItem" -> wrap("li", map, html);
            case "codeBlock" -> wrap("pre", map, html);
            case "blockquote" -> wrap("blockquote", map, html);
            case "heading" -> wrap("h" + level(map), map, html);
            default -> children(map, html);
        }
    }

    private static void wrap(String tag, Map<?, ?> map, StringBuilder html) {
        html.append('<').append(tag).append('>');
        children(map, html);
        html.append("</").append(tag).append('>');
    }

    private static void children(Map<?, ?> map, StringBuilder html) {
        if (map.get("content") instanceof List<?> children) {
            children.forEach(child -> node(child, html));
        }
    }

    private static int level(Map<?, ?> map) {
        return map.get("attrs") instanceof Map<?, ?> attrs && attrs.get("level") instanceof Number level
                ? Math.max(1, Math.min(6, level.intValue()))
                : 1;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
