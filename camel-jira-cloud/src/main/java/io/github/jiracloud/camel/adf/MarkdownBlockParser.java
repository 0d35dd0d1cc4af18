package io.github.jiracloud.camel.adf;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads Markdown lines into ADF block nodes: headings, paragraphs, rules, fenced code, quotes and lists. Quotes and
 * list items hold lines of their own, which a nested parser reads the same way.
 *
 * <p>Every line ends up somewhere: a line that starts no block is paragraph text, and an unclosed code fence runs
 * to the end of its container, as in CommonMark.
 */
final class MarkdownBlockParser {

    /** Quotes and lists nested deeper are read as text, which keeps the recursion bounded whatever the input. */
    static final int DEEPEST_NESTING = 32;

    private final List<String> lines;
    private final int depth;
    private int next;

    private MarkdownBlockParser(List<String> lines, int depth) {
        this.lines = lines;
        this.depth = depth;
    }

    static List<ObjectNode> parse(List<String> lines) {
        return new MarkdownBlockParser(lines, 0).blocks();
    }

    private List<ObjectNode> blocks() {
        List<ObjectNode> blocks = new ArrayList<>();
        while (next < lines.size()) {
            MarkdownLine line = line(next);
            if (line.isBlank()) {
                next++;
            } else {
                block(line, blocks);
            }
        }
        return blocks;
    }

    private void block(MarkdownLine line, List<ObjectNode> blocks) {
        Fence fence = line.fence();
        ListMarker marker = line.listMarker();
        if (fence != null) {
            blocks.add(codeBlock(fence));
        } else if (line.headingLevel() > 0) {
            next++;
            blocks.add(AdfNodes.heading(line.headingLevel(), MarkdownInline.toAdf(line.headingText())));
        } else if (line.isThematicBreak()) {
            next++;
            blocks.add(AdfNodes.rule());
        } else if (line.isQuote() && containersAllowed()) {
            blockquote(blocks);
        } else if (marker != null && containersAllowed()) {
            blocks.add(list(marker));
        } else {
            paragraph(blocks);
        }
    }

    private ObjectNode codeBlock(Fence fence) {
        next++;
        List<String> code = new ArrayList<>();
        while (next < lines.size() && !fence.isClosedBy(line(next))) {
            code.add(MarkdownLine.stripColumns(lines.get(next), fence.indent()));
            next++;
        }
        next++;
        return AdfNodes.codeBlock(fence.language(), String.join("\n", code));
    }

    /** Consecutive lines make one paragraph, or a heading when underlined with {@code ===} or {@code ---}. */
    private void paragraph(List<ObjectNode> blocks) {
        List<String> text = new ArrayList<>();
        text.add(line(next).content());
        next++;
        while (next < lines.size()) {
            MarkdownLine line = line(next);
            if (line.isBlank()) {
                break;
            }
            if (line.setextLevel() > 0) {
                next++;
                blocks.add(AdfNodes.heading(line.setextLevel(), inline(text)));
                return;
            }
            if (line.interruptsParagraph(containersAllowed())) {
                break;
            }
            text.add(line.content());
            next++;
        }
        List<ObjectNode> inline = inline(text);
        if (!inline.isEmpty()) {
            blocks.add(AdfNodes.paragraph(inline));
        }
    }

    /** Lines starting with {@code >}, and unmarked lines that continue a quoted paragraph ("lazy" lines). */
    private void blockquote(List<ObjectNode> blocks) {
        List<String> quoted = new ArrayList<>();
        while (next < lines.size()) {
            MarkdownLine line = line(next);
            if (line.isQuote()) {
                quoted.add(line.quoted());
            } else if (!continuesParagraph(quoted, line)) {
                break;
            } else {
                quoted.add(line.content());
            }
            next++;
        }
        List<ObjectNode> content = AdfContentRules.fitInto("blockquote", nested(quoted));
        if (!content.isEmpty()) {
            blocks.add(AdfNodes.blockquote(content));
        }
    }

    /** Items follow each other, blank lines allowed between them, until a line that belongs to neither. */
    private ObjectNode list(ListMarker first) {
        List<ObjectNode> items = new ArrayList<>();
        ListMarker marker = first;
        while (marker != null) {
            next++;
            items.add(listItem(itemLines(marker)));
            marker = nextSibling(first);
        }
        return first.ordered() ? AdfNodes.orderedList(first.number(), items) : AdfNodes.bulletList(items);
    }

    private List<String> itemLines(ListMarker marker) {
        List<String> item = new ArrayList<>();
        item.add(marker.firstLine());
        while (next < lines.size()) {
            MarkdownLine line = line(next);
            if (line.isBlank()) {
                int following = nextNonBlank(next);
                if (following == lines.size() || line(following).indent() < marker.nestedIndent()) {
                    break;
                }
                while (next < following) {
                    item.add("");
                    next++;
                }
                continue;
            }
            if (line.indent() >= marker.nestedIndent()) {
                item.add(MarkdownLine.stripColumns(line.raw(), Math.min(line.indent(), marker.contentColumn())));
            } else if (line.listMarker() == null && continuesParagraph(item, line)) {
                item.add(line.content());
            } else {
                break;
            }
            next++;
        }
        return item;
    }

    /** ADF needs a paragraph before a nested list, so an item that starts with one gets an empty paragraph. */
    private ObjectNode listItem(List<String> itemLines) {
        List<ObjectNode> content = AdfContentRules.fitInto("listItem", nested(itemLines));
        if (content.isEmpty() || AdfContentRules.isList(AdfNodes.type(content.get(0)))) {
            content.add(0, AdfNodes.paragraph(List.of()));
        }
        return AdfNodes.listItem(content);
    }

    /** A bullet list continues with bullets and a numbered list with numbers; a switch starts a new list. */
    private ListMarker nextSibling(ListMarker first) {
        int following = nextNonBlank(next);
        if (following == lines.size()) {
            return null;
        }
        MarkdownLine line = line(following);
        ListMarker marker = line.listMarker();
        if (marker == null || marker.ordered() != first.ordered() || line.isThematicBreak()) {
            return null;
        }
        next = following;
        return marker;
    }

    private boolean continuesParagraph(List<String> containerLines, MarkdownLine line) {
        return !line.isBlank() && !containerLines.isEmpty() && !containerLines.get(containerLines.size() - 1).isBlank()
                && !line.interruptsParagraph(true);
    }

    private List<ObjectNode> nested(List<String> containerLines) {
        return new MarkdownBlockParser(containerLines, depth + 1).blocks();
    }

    private boolean containersAllowed() {
        return depth < DEEPEST_NESTING;
    }

    private int nextNonBlank(int from) {
        int i = from;
        while (i < lines.size() && line(i).isBlank()) {
            i++;
        }
        return i;
    }

    private MarkdownLine line(int index) {
        return MarkdownLine.of(lines.get(index));
    }

    private static List<ObjectNode> inline(List<String> text) {
        return MarkdownInline.toAdf(String.join("\n", text).strip());
    }
}
