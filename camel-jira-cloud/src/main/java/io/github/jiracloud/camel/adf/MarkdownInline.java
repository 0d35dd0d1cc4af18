package io.github.jiracloud.camel.adf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.adf.InlinePiece.DelimiterRun;
import io.github.jiracloud.camel.adf.InlinePiece.Finished;
import io.github.jiracloud.camel.adf.InlinePiece.Literal;

/**
 * Reads the inline part of Markdown (emphasis, code spans, links, autolinks, escapes and line breaks) into ADF
 * text and hardBreak nodes.
 *
 * <p>A single left-to-right scan turns the text into {@link InlinePiece}s; {@link EmphasisMatcher} then pairs the
 * emphasis delimiters. Links are found as in CommonMark: each {@code ]} looks back to the nearest open {@code [},
 * and code spans bind tighter than brackets. Every construct that is not complete (an unclosed {@code **}, a
 * {@code [label]} without a target, a lone backtick) stays literal text, so no input makes it fail.
 */
final class MarkdownInline {

    private final String source;
    private final List<InlinePiece> pieces = new ArrayList<>();
    private final Deque<OpenBracket> openBrackets = new ArrayDeque<>();
    private final StringBuilder literal = new StringBuilder();
    /** Per backtick-run length, the position from which no closing run exists, so lone backticks cost no rescans. */
    private final Map<Integer, Integer> noCodeCloserFrom = new HashMap<>();
    private int pos;

    /** A {@code [} or {@code ![} still waiting for its {@code ]}, kept as a literal piece until then. */
    private static final class OpenBracket {
        final int pieceIndex;
        final boolean image;
        /** False once a link formed after it: links cannot contain links (but may contain images). */
        boolean canStartLink = true;

        OpenBracket(int pieceIndex, boolean image) {
            this.pieceIndex = pieceIndex;
            this.image = image;
        }
    }

    private MarkdownInline(String source) {
        this.source = source;
    }

    static List<ObjectNode> toAdf(String text) {
        MarkdownInline scanner = new MarkdownInline(text);
        scanner.scan();
        return InlineSpans.toAdf(EmphasisMatcher.resolve(scanner.pieces));
    }

    private void scan() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            boolean consumed = switch (c) {
                case '\\' -> escape();
                case '\n' -> lineEnd();
                case '`' -> codeSpan();
                case '*', '_', '~' -> delimiterRun(c);
                case '[' -> openBracket(1);
                case '!' -> source.startsWith("[", pos + 1) && openBracket(2);
                case ']' -> closeBracket();
                case '<' -> angleAutolink();
                case 'h', 'H' -> bareUrl();
                default -> false;
            };
            if (!consumed) {
                literal.append(c);
                pos++;
            }
        }
        flushLiteral();
    }

    /** A backslash makes the next punctuation literal; before a newline it is a hard line break. */
    private boolean escape() {
        if (pos + 1 >= source.length()) {
            return false;
        }
        char next = source.charAt(pos + 1);
        if (next == '\n') {
            add(InlineSpan.lineBreakSpan());
            pos += 2;
            skipIndentation();
            return true;
        }
        if (MarkdownChars.isAsciiPunctuation(next)) {
            literal.append(next);
            pos += 2;
            return true;
        }
        return false;
    }

    /** Two or more trailing spaces make a hard line break; any other newline is a soft break, shown as a space. */
    private boolean lineEnd() {
        int spaces = 0;
        int end = literal.length();
        while (end > 0 && (literal.charAt(end - 1) == ' ' || literal.charAt(end - 1) == '\t')) {
            spaces += literal.charAt(end - 1) == ' ' ? 1 : 0;
            end--;
        }
        literal.setLength(end);
        if (spaces >= 2) {
            add(InlineSpan.lineBreakSpan());
        } else {
            literal.append(' ');
        }
        pos++;
        skipIndentation();
        return true;
    }

    private boolean codeSpan() {
        int runLength = runLength('`');
        int contentStart = pos + runLength;
        int closer = findBacktickRun(contentStart, runLength);
        if (closer < 0) {
            literal.append(source, pos, contentStart);
            pos = contentStart;
            return true;
        }
        String code = source.substring(contentStart, closer).replace('\n', ' ');
        // One space inside each end lets code start or end with a backtick: `` `x` ``.
        if (code.length() >= 2 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()) {
            code = code.substring(1, code.length() - 1);
        }
        add(InlineSpan.code(code));
        pos = closer + runLength;
        return true;
    }

    private int findBacktickRun(int from, int length) {
        if (from >= noCodeCloserFrom.getOrDefault(length, Integer.MAX_VALUE)) {
            return -1;
        }
        int i = from;
        while (i < source.length()) {
            if (source.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = 1;
            while (i + run < source.length() && source.charAt(i + run) == '`') {
                run++;
            }
            if (run == length) {
                return i;
            }
            i += run;
        }
        noCodeCloserFrom.put(length, from);
        return -1;
    }

    /** Only a double tilde strikes through; single or triple tildes are text. */
    private boolean delimiterRun(char marker) {
        int length = runLength(marker);
        int end = pos + length;
        if (marker == '~' && length != 2) {
            literal.append(source, pos, end);
            pos = end;
            return true;
        }
        int before = pos == 0 ? ' ' : source.codePointBefore(pos);
        int after = end >= source.length() ? ' ' : source.codePointAt(end);
        boolean leftFlanking = !MarkdownChars.isWhitespace(after) && (!MarkdownChars.isPunctuation(after)
                || MarkdownChars.isWhitespace(before) || MarkdownChars.isPunctuation(before));
        boolean rightFlanking = !MarkdownChars.isWhitespace(before) && (!MarkdownChars.isPunctuation(before)
                || MarkdownChars.isWhitespace(after) || MarkdownChars.isPunctuation(after));
        boolean canOpen = leftFlanking;
        boolean canClose = rightFlanking;
        if (marker == '_') {
            // Underscores inside words stay literal, so snake_case_names survive.
            canOpen = leftFlanking && (!rightFlanking || MarkdownChars.isPunctuation(before));
            canClose = rightFlanking && (!leftFlanking || MarkdownChars.isPunctuation(after));
        }
        flushLiteral();
        pieces.add(new DelimiterRun(marker, length, canOpen, canClose));
        pos = end;
        return true;
    }

    /** ADF cannot show an image from a URL, so {@code ![alt](src)} opens a link to the image. */
    private boolean openBracket(int length) {
        flushLiteral();
        openBrackets.push(new OpenBracket(pieces.size(), length == 2));
        pieces.add(new Literal(source.substring(pos, pos + length)));
        pos += length;
        return true;
    }

    /**
     * {@code ](target)} turns everything since the nearest open bracket into a link; its emphasis is settled inside
     * the label. Anything else leaves both brackets as text.
     */
    private boolean closeBracket() {
        OpenBracket open = openBrackets.poll();
        if (open == null || !open.canStartLink || !source.startsWith("(", pos + 1)) {
            return false;
        }
        LinkDestination destination = LinkDestination.parse(source, pos + 2);
        if (destination == null) {
            return false;
        }
        flushLiteral();
        List<InlinePiece> labelPieces = pieces.subList(open.pieceIndex, pieces.size());
        List<InlineSpan> label = EmphasisMatcher.resolve(new ArrayList<>(labelPieces.subList(1, labelPieces.size())));
        labelPieces.clear();
        if (label.stream().allMatch(span -> span.lineBreak() || span.text().isBlank())) {
            label = List.of(InlineSpan.plain(destination.href()));
        }
        pieces.add(new Finished(label.stream().map(span -> span.linkedTo(destination.href())).toList()));
        if (!open.image) {
            openBrackets.stream().filter(outer -> !outer.image).forEach(outer -> outer.canStartLink = false);
        }
        pos = destination.end();
        return true;
    }

    private boolean angleAutolink() {
        int close = Autolinks.angleAutolinkEnd(source, pos);
        return close >= 0 && addUrl(pos + 1, close, close + 1);
    }

    private boolean bareUrl() {
        int end = Autolinks.bareUrlEnd(source, pos, !openBrackets.isEmpty());
        return end >= 0 && addUrl(pos, end, end);
    }

    /** The URL's text, linked to itself. */
    private boolean addUrl(int start, int end, int next) {
        String url = source.substring(start, end);
        add(InlineSpan.plain(url).linkedTo(url));
        pos = next;
        return true;
    }

    private int runLength(char c) {
        int end = pos;
        while (end < source.length() && source.charAt(end) == c) {
            end++;
        }
        return end - pos;
    }

    private void skipIndentation() {
        while (pos < source.length() && (source.charAt(pos) == ' ' || source.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void add(InlineSpan span) {
        flushLiteral();
        pieces.add(new Finished(List.of(span)));
    }

    private void flushLiteral() {
        if (literal.length() > 0) {
            pieces.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }
}
