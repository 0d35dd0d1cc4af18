package io.github.jiracloud.camel.adf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import static java.util.Map.entry;

/**
 * Which ADF node may hold which: the part of the ADF schema that Jira Cloud enforces for the nodes this package
 * writes, plus panel, mention, emoji and inlineCard, which users put in documents they pass through.
 * The validator checks documents against it and the Markdown converter uses it to fit blocks into list items and
 * quotes, so both always agree.
 */
final class AdfContentRules {

    private static final Set<String> INLINE = Set.of("text", "hardBreak", "mention", "emoji", "inlineCard");
    private static final Set<String> LISTS = Set.of("bulletList", "orderedList");
    private static final Set<String> NONE = Set.of();

    private static final Map<String, Set<String>> CHILDREN = Map.ofEntries(
            entry("doc", Set.of("paragraph", "heading", "bulletList", "orderedList", "codeBlock", "blockquote",
                    "rule", "panel")),
            entry("paragraph", INLINE),
            entry("heading", INLINE),
            entry("bulletList", Set.of("listItem")),
            entry("orderedList", Set.of("listItem")),
            entry("listItem", Set.of("paragraph", "bulletList", "orderedList", "codeBlock")),
            entry("blockquote", Set.of("paragraph", "bulletList", "orderedList", "codeBlock")),
            entry("panel", Set.of("paragraph", "heading", "bulletList", "orderedList", "codeBlock", "rule")),
            entry("codeBlock", Set.of("text")),
            entry("rule", NONE),
            entry("text", NONE),
            entry("hardBreak", NONE),
            entry("mention", NONE),
            entry("emoji", NONE),
            entry("inlineCard", NONE));

    /** Containers that Jira refuses when empty. */
    private static final Set<String> NEED_CONTENT = Set.of("bulletList", "orderedList", "listItem", "blockquote",
            "panel");

    private AdfContentRules() {
    }

    static boolean isKnown(String type) {
        return CHILDREN.containsKey(type);
    }

    static Set<String> allowedChildren(String type) {
        return CHILDREN.getOrDefault(type, NONE);
    }

    static boolean allows(String parent, String child) {
        return allowedChildren(parent).contains(child);
    }

    static boolean needsContent(String type) {
        return NEED_CONTENT.contains(type);
    }

    static boolean isList(String type) {
        return LISTS.contains(type);
    }

    /**
     * Fits blocks into a container that accepts fewer kinds (a list item or a quote) without losing text:
     * a heading becomes a paragraph, a nested quote gives up its blocks, and a rule, having no text, is left out.
     */
    static List<ObjectNode> fitInto(String container, List<ObjectNode> blocks) {
        List<ObjectNode> fitted = new ArrayList<>();
        for (ObjectNode block : blocks) {
            String type = AdfNodes.type(block);
            if (allows(container, type)) {
                fitted.add(block);
            } else if (type.equals("heading")) {
                fitted.add(AdfNodes.paragraph(AdfNodes.content(block)));
            } else if (!allowedChildren(type).isEmpty()) {
                fitted.addAll(fitInto(container, AdfNodes.content(block)));
            }
        }
        return fitted;
    }
}
