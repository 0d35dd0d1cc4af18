package io.github.jiracloud.camel.adf;

import java.util.regex.Pattern;

/** Where a URL written without Markdown link syntax ends: {@code <scheme:...>} or a bare {@code http(s)://...}. */
final class Autolinks {

    private static final Pattern ANGLE_AUTOLINK = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*");
    private static final String SENTENCE_PUNCTUATION = "?!.,:;*_~'\"";

    private Autolinks() {
    }

    /**
     * @param open the index of the {@code <}
     * @return the index of the closing {@code >} of a safe autolink, or -1
     */
    static int angleAutolinkEnd(String source, int open) {
        int limit = Math.min(source.length(), open + LinkDestination.LONGEST);
        int close = open + 1;
        while (close < limit && source.charAt(close) != '>' && source.charAt(close) > ' ') {
            close++;
        }
        if (close >= limit || source.charAt(close) != '>') {
            return -1;
        }
        String url = source.substring(open + 1, close);
        return ANGLE_AUTOLINK.matcher(url).matches() && LinkDestination.isSafe(url) ? close : -1;
    }

    /**
     * A bare URL starts with {@code http://} or {@code https://} at a word boundary and runs to whitespace or
     * {@code <}; punctuation that ends the sentence is not part of it.
     *
     * @param insideLinkLabel true when a {@code ]} ends the URL, so {@code [https://a.io](https://b.io)} stays a link
     * @return the index just after the URL, or -1
     */
    static int bareUrlEnd(String source, int start, boolean insideLinkLabel) {
        int schemeLength = source.regionMatches(true, start, "https://", 0, 8)
                ? 8
                : source.regionMatches(true, start, "http://", 0, 7) ? 7 : 0;
        if (schemeLength == 0 || start > 0 && Character.isLetterOrDigit(source.charAt(start - 1))) {
            return -1;
        }
        int end = start + schemeLength;
        while (end < source.length() && source.charAt(end) > ' ' && source.charAt(end) != '<'
                && !(insideLinkLabel && source.charAt(end) == ']')) {
            end++;
        }
        end = withoutTrailingPunctuation(source, start + schemeLength, end);
        return end > start + schemeLength ? end : -1;
    }

    /** Drops sentence punctuation and closing brackets the URL did not open, as in "(see https://x.io)". */
    private static int withoutTrailingPunctuation(String source, int start, int end) {
        int parens = 0;
        int brackets = 0;
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            parens += c == '(' ? 1 : c == ')' ? -1 : 0;
            brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
        }
        int trimmed = end;
        while (trimmed > start) {
            char last = source.charAt(trimmed - 1);
            if (last == ')' && parens < 0) {
                parens++;
            } else if (last == ']' && brackets < 0) {
                brackets++;
            } else if (SENTENCE_PUNCTUATION.indexOf(last) < 0) {
                return trimmed;
            }
            trimmed--;
        }
        return trimmed;
    }
}
