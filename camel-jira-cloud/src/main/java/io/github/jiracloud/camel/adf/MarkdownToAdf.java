package io.github.jiracloud.camel.adf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown to ADF: commonmark-java parses (CommonMark, GFM strikethrough, bare http(s) URLs), and this walks its
 * tree once, writing the ADF nodes that Jira accepts. What ADF cannot hold is fitted in without losing text: a heading
 * or a quote inside a quote or list item becomes its paragraphs, an HTML block is text, and links that run code or
 * read local files, or containers nested deeper than {@link #DEEPEST_NESTING}, stay as the text that was written.
 */
final class MarkdownToAdf {

    /** Deeper containers are kept as their text: enough for any real document, and the walk stays shallow. */
    static final int DEEPEST_NESTING = 32;

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(StrikethroughExtension.builder().requireTwoTildes(true).build(),
                    AutolinkExtension.builder().linkTypes(AutolinkType.URL).build()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** Schemes that run code or read local files when clicked: such links stay text. */
    private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript", "vbscript", "data", "file");
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://\\S+");

    private final String source;

    private MarkdownToAdf(String source) {
        this.source = source;
    }

    static ObjectNode convert(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return AdfNodes.doc(List.of());
        }
        String source = String.join("\n", TextLines.split(markdown));
        MarkdownToAdf converter = new MarkdownToAdf(source);
        return AdfNodes.doc(converter.blocks(PARSER.parse(source), 0));
    }

    private List<ObjectNode> blocks(Node parent, int depth) {
        List<ObjectNode> blocks = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            ObjectNode block = block(node, depth);
            if (block != null) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    /**
     * The ADF block for a Markdown block, or null for what shows nothing (a link reference definition, an empty quote).
     */
    private ObjectNode block(Node node, int depth) {
        if (node instanceof Paragraph) {
            return AdfNodes.paragraph(inlines(node));
        }
        if (node instanceof Heading heading) {
            return AdfNodes.heading(heading.getLevel(), inlines(heading));
        }
        if (node instanceof FencedCodeBlock code) {
            return AdfNodes.codeBlock(language(code.getInfo()), withoutFinalNewline(code.getLiteral()));
        }
        if (node instanceof IndentedCodeBlock code) {
            return AdfNodes.codeBlock(null, withoutFinalNewline(code.getLiteral()));
        }
        if (node instanceof ThematicBreak) {
            return AdfNodes.rule();
        }
        if (node instanceof HtmlBlock html) {
            return literalParagraph(withoutFinalNewline(html.getLiteral()));
        }
        if ((node instanceof BlockQuote || node instanceof ListBlock) && depth >= DEEPEST_NESTING) {
            return literalParagraph(sourceOf(node));
        }
        if (node instanceof BlockQuote) {
            List<ObjectNode> content = AdfContentRules.fitInto("blockquote", blocks(node, depth + 1));
            return content.isEmpty() ? null : AdfNodes.blockquote(content);
        }
        if (node instanceof BulletList) {
            return AdfNodes.bulletList(listItems(node, depth));
        }
        if (node instanceof OrderedList list) {
            return AdfNodes.orderedList(list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber(),
                    listItems(node, depth));
        }
        return null;
    }

    /** ADF wants a paragraph first in a list item, so an item that starts with a list or is empty gets an empty one. */
    private List<ObjectNode> listItems(Node list, int depth) {
        List<ObjectNode> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            List<ObjectNode> content = AdfContentRules.fitInto("listItem", blocks(item, depth + 1));
            if (content.isEmpty() || AdfContentRules.isList(AdfNodes.type(content.get(0)))) {
                content.add(0, AdfNodes.paragraph(List.of()));
            }
            items.add(AdfNodes.listItem(content));
        }
        return items;
    }

    /**
     * The inline nodes of a paragraph or heading. Walks without recursion, since emphasis can nest as deep as the
     * text is long; each text node carries the marks of the spans around it.
     */
    private List<ObjectNode> inlines(Node parent) {
        InlineWriter writer = new InlineWriter();
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(parent.getFirstChild(), EnumSet.noneOf(TextMark.class), null));
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            Node node = frame.next;
            if (node == null) {
                stack.pop();
                continue;
            }
            frame.next = node.getNext();
            if (node instanceof Text text) {
                writer.text(text.getLiteral(), frame.marks, frame.href);
            } else if (node instanceof Code code) {
                writer.text(code.getLiteral(), EnumSet.of(TextMark.CODE), frame.href);
            } else if (node instanceof SoftLineBreak) {
                writer.text(" ", frame.marks, frame.href);
            } else if (node instanceof HardLineBreak) {
                writer.hardBreak();
            } else if (node instanceof HtmlInline html) {
                writer.text(html.getLiteral(), frame.marks, frame.href);
            } else if (node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Strikethrough) {
                EnumSet<TextMark> marks = EnumSet.copyOf(frame.marks);
                marks.add(node instanceof Emphasis
                        ? TextMark.EM
                        : node instanceof StrongEmphasis ? TextMark.STRONG : TextMark.STRIKE);
                stack.push(new Frame(node.getFirstChild(), marks, frame.href));
            } else if (node instanceof Link link) {
                linkOrText(writer, stack, frame, node, link.getDestination());
            } else if (node instanceof Image image) {
                linkOrText(writer, stack, frame, node, image.getDestination());
            }
        }
        return writer.nodes();
    }

    /**
     * A link (or an image, shown as a link to it) whose label is its text, or the URL when it has none. A link inside
     * a link keeps the outer target; an unsafe one stays the text that was written.
     */
    private void linkOrText(InlineWriter writer, Deque<Frame> stack, Frame frame, Node node, String destination) {
        String written = sourceOf(node);
        if (!isSafe(destination) || isBareUrl(written) && !WEB_URL.matcher(destination).matches()) {
            writer.text(written, frame.marks, frame.href);
            return;
        }
        String href = frame.href != null ? frame.href : destination;
        if (node.getFirstChild() == null) {
            writer.text(destination, frame.marks, href);
        } else {
            stack.push(new Frame(node.getFirstChild(), frame.marks, href));
        }
    }

    /** A link target Jira may show as a link: not empty and not a script or local-file URL. */
    private static boolean isSafe(String href) {
        String visible = href.codePoints().filter(c -> c > ' ')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        int colon = visible.indexOf(':');
        return !visible.isEmpty()
                && (colon < 0 || !UNSAFE_SCHEMES.contains(visible.substring(0, colon).toLowerCase(Locale.ROOT)));
    }

    /**
     * A URL found in running text (the autolink extension), rather than written as {@code [..](..)} or {@code <..>}.
     */
    private static boolean isBareUrl(String written) {
        return !written.startsWith("[") && !written.startsWith("!") && !written.startsWith("<");
    }

    /** The Markdown the node was parsed from, as written. */
    private String sourceOf(Node node) {
        return node.getSourceSpans().stream()
                .map(span -> source.substring(span.getInputIndex(), span.getInputIndex() + span.getLength()))
                .collect(Collectors.joining("\n"));
    }

    private static ObjectNode literalParagraph(String text) {
        InlineWriter writer = new InlineWriter();
        writer.text(text.strip(), EnumSet.noneOf(TextMark.class), null);
        return AdfNodes.paragraph(writer.nodes());
    }

    private static String language(String info) {
        String stripped = info == null ? "" : info.strip();
        return stripped.isEmpty() ? null : stripped.split("[ \t]", 2)[0];
    }

    private static String withoutFinalNewline(String literal) {
        return literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    }

    /** Where the inline walk is in one container: the next child, and the marks and link target around it. */
    private static final class Frame {
        private Node next;
        private final EnumSet<TextMark> marks;
        private final String href;

        Frame(Node next, EnumSet<TextMark> marks, String href) {
            this.next = next;
            this.marks = marks;
            this.href = href;
        }
    }

    /** Collects text nodes, joining neighbours with the same marks, as Jira's editor writes them. */
    private static final class InlineWriter {
        private final List<ObjectNode> nodes = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private Set<TextMark> pendingMarks = Set.of();
        private String pendingHref;

        void text(String text, Set<TextMark> marks, String href) {
            if (text.isEmpty()) {
                return;
            }
            if (!pending.isEmpty() && (!pendingMarks.equals(marks) || !Objects.equals(pendingHref, href))) {
                flush();
            }
            pending.append(text);
            pendingMarks = marks;
            pendingHref = href;
        }

        void hardBreak() {
            flush();
            nodes.add(AdfNodes.hardBreak());
        }

        List<ObjectNode> nodes() {
            flush();
            return nodes;
        }

        /** ADF allows only a link beside a code mark, so code drops the others. */
        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<ObjectNode> marks = new ArrayList<>();
            for (TextMark mark : pendingMarks) {
                if (!pendingMarks.contains(TextMark.CODE) || mark == TextMark.CODE) {
                    marks.add(AdfNodes.mark(mark.adfType()));
                }
            }
            if (pendingHref != null) {
                marks.add(AdfNodes.link(pendingHref));
            }
            nodes.add(AdfNodes.text(pending.toString(), marks));
            pending.setLength(0);
        }
    }
}
