package io.github.jiracloud.camel.adf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.jiracloud.camel.adf.InlinePiece.DelimiterRun;
import io.github.jiracloud.camel.adf.InlinePiece.Finished;
import io.github.jiracloud.camel.adf.InlinePiece.Literal;

/**
 * Reads the inline part of Markdown (emphasis, code spans, links, autolinks, escapes and line breaks) into ADF
 * text and hardBreak nodes.
 *
 * <p>A single left-to-right scan turns the text into {@link InlinePiece}s; {@link EmphasisMatcher} then pairs the
 * emphasis delimiters. Every construct that is not complete (an unclosed {@code **}, a {@code [label]} without a
 * target, a lone backtick) stays literal text, so no input makes it fail.
 */
final class MarkdownInline {

    private static final Pattern AUTOLINK = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*");
    private static final String URL_TRAILING_PUNCTUATION = "?!.,:;*_~'\"";

    private final String source;
    private final boolean linksAllowed;
    private final List<InlinePiece> pieces = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();
    /** Per backtick-run length, the position from which no closing run exists, so lone backticks cost no rescans. */
    private final Map<Integer, Integer> noCodeCloserFrom = new HashMap<>();
    private int pos;

    private MarkdownInline(String source, boolean linksAllowed) {
        this.source = source;
        this.linksAllowed = linksAllowed;
    }

    static List<ObjectNode> toAdf(String text) {
        return InlineSpans.toAdf(spans(text, true));
    }

    /** @param linksAllowed false inside a link label: links cannot nest */
    private static List<InlineSpan> spans(String text, boolean linksAllowed) {
        MarkdownInline scanner = new MarkdownInline(text, linksAllowed);
        scanner.scan();
        return EmphasisMatcher.resolve(scanner.pieces);
    }

    private void scan() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            boolean consumed = switch (c) {
                case '\\' -> escape();
                case '\n' -> lineEnd();
                case '`' -> codeSpan();
                case '*', '_', '~' -> delimiterRun(c);
                case '[' -> linksAllowed && link(pos);
                case '!' -> linksAllowed && image();
                case '<' -> linksAllowed && angleAutolink();
                case 'h', 'H' -> linksAllowed && bareUrl();
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

    /** {@code [label](target)}; the label keeps its emphasis and code, and every part of it links to the target. */
    private boolean link(int open) {
        int labelEnd = matchingBracket(open);
        if (labelEnd < 0 || labelEnd + 1 >= source.length() || source.charAt(labelEnd + 1) != '(') {
            return false;
        }
        LinkDestination destination = LinkDestination.parse(source, labelEnd + 2);
        if (destination == null) {
            return false;
        }
        List<InlineSpan> label = spans(source.substring(open + 1, labelEnd), false);
        if (label.stream().allMatch(span -> span.lineBreak() || span.text().isBlank())) {
            label = List.of(InlineSpan.plain(destination.href()));
        }
        flushLiteral();
        pieces.add(new Finished(label.stream().map(span -> span.linkedTo(destination.href())).toList()));
        pos = destination.end();
        return true;
    }

    /** ADF cannot show an image from a URL, so {@code ![alt](src)} becomes a link to the image. */
    private boolean image() {
        return pos + 1 < source.length() && source.charAt(pos + 1) == '[' && link(pos + 1);
    }

    private int matchingBracket(int open) {
        int limit = Math.min(source.length(), open + LinkDestination.LONGEST);
        int depth = 0;
        for (int i = open; i < limit; i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code <https://example.com>} and any other safe {@code <scheme:...>}. */
    private boolean angleAutolink() {
        int limit = Math.min(source.length(), pos + LinkDestination.LONGEST);
        int close = pos + 1;
        while (close < limit && source.charAt(close) != '>' && source.charAt(close) > ' ') {
            close++;
        }
        if (close >= limit || source.charAt(close) != '>') {
            return false;
        }
        String url = source.substring(pos + 1, close);
        if (!AUTOLINK.matcher(url).matches() || !LinkDestination.isSafe(url)) {
            return false;
        }
        add(InlineSpan.plain(url).linkedTo(url));
        pos = close + 1;
        return true;
    }

    /** A bare {@code http(s)://} URL; punctuation that ends the sentence is not part of it. */
    private boolean bareUrl() {
        int schemeLength = source.regionMatches(true, pos, "https://", 0, 8) ? 8
                : source.regionMatches(true, pos, "http://", 0, 7) ? 7 : 0;
        if (schemeLength == 0 || pos > 0 && Character.isLetterOrDigit(source.charAt(pos - 1))) {
            return false;
        }
        int end = pos + schemeLength;
        while (end < source.length() && source.charAt(end) > ' ' && source.charAt(end) != '<') {
            end++;
        }
        end = withoutTrailingPunctuation(pos + schemeLength, end);
        if (end <= pos + schemeLength) {
            return false;
        }
        String url = source.substring(pos, end);
        add(InlineSpan.plain(url).linkedTo(url));
        pos = end;
        return true;
    }

    /** Drops sentence punctuation and closing brackets that the URL did not open, as in "(see https://x.y)". */
    private int withoutTrailingPunctuation(int start, int end) {
        int parens = 0;
        int brackets = 0;
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            parens += c == '(' ? 1 : c == ')' ? -1 : 0;
            brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
        }
        while (end > start) {
            char last = source.charAt(end - 1);
            if (last == ')' && parens < 0) {
                parens++;
            } else if (last == ']' && brackets < 0) {
                brackets++;
            } else if (URL_TRAILING_PUNCTUATION.indexOf(last) < 0) {
                return end;
            }
            end--;
        }
        return end;
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
