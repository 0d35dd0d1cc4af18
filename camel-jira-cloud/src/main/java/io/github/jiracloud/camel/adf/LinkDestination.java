package io.github.jiracloud.camel.adf;

import java.util.Locale;
import java.util.Set;

/**
 * The {@code (url "title")} part of a Markdown link, and which link targets may become ADF links.
 *
 * @param end the index just after the closing parenthesis
 */
record LinkDestination(String href, int end) {

    /** Bounds each attempt, so text full of unclosed brackets is still read in linear time. */
    static final int LONGEST = 2048;

    /** Schemes that run code or read local files when clicked: such links stay text. */
    private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript", "vbscript", "data", "file");

    /**
     * @param from the index just after the opening parenthesis
     * @return the destination, or null when the text there is not one
     */
    static LinkDestination parse(String source, int from) {
        int limit = Math.min(source.length(), from + LONGEST);
        int i = skipWhitespace(source, from, limit);
        int hrefEnd;
        String href;
        if (i < limit && source.charAt(i) == '<') {
            hrefEnd = indexOfAngleEnd(source, i + 1, limit);
            if (hrefEnd < 0) {
                return null;
            }
            href = source.substring(i + 1, hrefEnd);
            i = hrefEnd + 1;
        } else {
            hrefEnd = bareDestinationEnd(source, i, limit);
            if (hrefEnd < 0) {
                return null;
            }
            href = source.substring(i, hrefEnd);
            i = hrefEnd;
        }
        i = skipTitle(source, skipWhitespace(source, i, limit), limit);
        if (i < 0 || i >= limit || source.charAt(i) != ')') {
            return null;
        }
        String unescaped = unescape(href);
        return isSafe(unescaped) ? new LinkDestination(unescaped, i + 1) : null;
    }

    /** A link target Jira may show as a link: not empty and not a script or local-file URL. */
    static boolean isSafe(String href) {
        StringBuilder visible = new StringBuilder();
        href.codePoints().filter(c -> c > ' ').forEach(visible::appendCodePoint);
        if (visible.length() == 0) {
            return false;
        }
        int colon = visible.indexOf(":");
        return colon < 0 || !UNSAFE_SCHEMES.contains(visible.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    private static int indexOfAngleEnd(String source, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '>') {
                return i;
            } else if (c == '<' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** URLs may hold balanced parentheses, as in Wikipedia links. */
    private static int bareDestinationEnd(String source, int from, int limit) {
        int depth = 0;
        int i = from;
        while (i < limit) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < limit) {
                i += 2;
                continue;
            }
            if (c <= ' ' || c == ')' && depth == 0) {
                break;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            i++;
        }
        return depth == 0 && i > from ? i : -1;
    }

    /** Titles are allowed but not kept: ADF links have no tooltip to show them in. */
    private static int skipTitle(String source, int from, int limit) {
        if (from >= limit) {
            return from;
        }
        char open = source.charAt(from);
        char close = open == '(' ? ')' : open;
        if (open != '"' && open != '\'' && open != '(') {
            return from;
        }
        for (int i = from + 1; i < limit; i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == close) {
                return skipWhitespace(source, i + 1, limit);
            }
        }
        return -1;
    }

    private static int skipWhitespace(String source, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder unescaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && MarkdownChars.isAsciiPunctuation(text.charAt(i + 1))) {
                c = text.charAt(++i);
            }
            unescaped.append(c);
        }
        return unescaped.toString();
    }
}
