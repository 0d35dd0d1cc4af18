package io.github.jiracloud.camel.adf;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Text as typed: blank lines separate paragraphs and every other newline is a line break, nothing is markup. */
final class PlainTextToAdf {

    private PlainTextToAdf() {
    }

    static ObjectNode convert(String text) {
        List<ObjectNode> paragraphs = new ArrayList<>();
        List<String> paragraphLines = new ArrayList<>();
        for (String line : TextLines.split(text)) {
            if (line.isBlank()) {
                addParagraph(paragraphLines, paragraphs);
                paragraphLines.clear();
            } else {
                paragraphLines.add(line);
            }
        }
        addParagraph(paragraphLines, paragraphs);
        return AdfNodes.doc(paragraphs);
    }

    private static void addParagraph(List<String> lines, List<ObjectNode> paragraphs) {
        if (lines.isEmpty()) {
            return;
        }
        List<ObjectNode> inline = new ArrayList<>();
        for (String line : lines) {
            if (!inline.isEmpty()) {
                inline.add(AdfNodes.hardBreak());
            }
            inline.add(AdfNodes.text(line, List.of()));
        }
        paragraphs.add(AdfNodes.paragraph(inline));
    }
}
