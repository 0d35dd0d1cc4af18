package io.github.jiracloud.camel.adf;

import java.util.EnumSet;
import java.util.Set;

/**
 * A stretch of text with its marks and link target, or a line break: what inline Markdown becomes before it is
 * written out as ADF nodes.
 *
 * @param href the link target, or null when the text is not a link
 */
record InlineSpan(String text, boolean lineBreak, Set<TextMark> marks, String href) {

    static InlineSpan plain(String text) {
        return new InlineSpan(text, false, Set.of(), null);
    }

    static InlineSpan code(String text) {
        return new InlineSpan(text, false, Set.of(TextMark.CODE), null);
    }

    static InlineSpan lineBreakSpan() {
        return new InlineSpan("", true, Set.of(), null);
    }

    /** The link around a label wins over a bare URL inside it, as in GitHub's Markdown. */
    InlineSpan linkedTo(String target) {
        return lineBreak ? this : new InlineSpan(text, false, marks, target);
    }

    InlineSpan withMarks(Set<TextMark> outer) {
        if (lineBreak || outer.isEmpty()) {
            return this;
        }
        Set<TextMark> combined = EnumSet.noneOf(TextMark.class);
        combined.addAll(marks);
        combined.addAll(outer);
        return new InlineSpan(text, false, combined, href);
    }
}
