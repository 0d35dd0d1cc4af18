package io.github.jiracloud.camel.adf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes inline spans as ADF text and hardBreak nodes, joining neighbours that look the same. */
final class InlineSpans {

    private InlineSpans() {
    }

    static List<ObjectNode> toAdf(List<InlineSpan> spans) {
        List<ObjectNode> nodes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        InlineSpan style = null;
        for (InlineSpan span : spans) {
            if (span.lineBreak()) {
                addText(nodes, text, style);
                nodes.add(AdfNodes.hardBreak());
                continue;
            }
            if (span.text().isEmpty()) {
                continue;
            }
            InlineSpan allowed = codeOnlyWithLink(span);
            if (style != null && !looksSame(style, allowed)) {
                addText(nodes, text, style);
            }
            style = allowed;
            text.append(allowed.text());
        }
        addText(nodes, text, style);
        return nodes;
    }

    /** ADF lets code combine only with link; code wins because it is the most specific formatting. */
    private static InlineSpan codeOnlyWithLink(InlineSpan span) {
        if (!span.marks().contains(TextMark.CODE) || span.marks().size() == 1) {
            return span;
        }
        return new InlineSpan(span.text(), false, Set.of(TextMark.CODE), span.href());
    }

    private static boolean looksSame(InlineSpan a, InlineSpan b) {
        return a.marks().equals(b.marks()) && Objects.equals(a.href(), b.href());
    }

    private static void addText(List<ObjectNode> nodes, StringBuilder text, InlineSpan style) {
        if (text.length() == 0) {
            return;
        }
        List<ObjectNode> marks = new ArrayList<>();
        for (TextMark mark : TextMark.values()) {
            if (style.marks().contains(mark)) {
                marks.add(AdfNodes.mark(mark.adfType()));
            }
        }
        if (style.href() != null) {
            marks.add(AdfNodes.link(style.href()));
        }
        nodes.add(AdfNodes.text(text.toString(), marks));
        text.setLength(0);
    }
}
