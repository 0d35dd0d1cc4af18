package io.github.jiracloud.camel.adf;

/**
 * The start of a list item: {@code -}, {@code *} or {@code +}, or a number followed by {@code .} or {@code )}.
 *
 * @param number the item's number; 0 for bullets
 * @param indent the marker's indentation
 * @param contentColumn where the item's text starts; continuation lines lose up to this much indentation
 * @param firstLine the text after the marker
 */
record ListMarker(boolean ordered, int number, int indent, int contentColumn, String firstLine) {

    private static final int LONGEST_NUMBER = 9;

    static ListMarker of(MarkdownLine line) {
        String content = line.content();
        int width = 0;
        while (width < content.length() && width < LONGEST_NUMBER && content.charAt(width) >= '0'
                && content.charAt(width) <= '9') {
            width++;
        }
        boolean ordered = width > 0;
        if (ordered && (width == content.length() || ".)".indexOf(content.charAt(width)) < 0)) {
            return null;
        }
        if (!ordered && (content.isEmpty() || "-*+".indexOf(content.charAt(0)) < 0)) {
            return null;
        }
        int number = ordered ? Integer.parseInt(content.substring(0, width)) : 0;
        width++;
        String rest = content.substring(width);
        if (!rest.isEmpty() && rest.charAt(0) != ' ' && rest.charAt(0) != '\t') {
            return null;
        }
        String text = rest.stripLeading();
        int spaces = rest.length() - text.length();
        int gap = text.isBlank() || spaces > 4 ? 1 : spaces;
        return new ListMarker(ordered, number, line.indent(), line.indent() + width + gap, text);
    }

    boolean canInterruptParagraph() {
        return !firstLine.isBlank() && (!ordered || number == 1);
    }

    /** Lines indented this far (two columns past the marker) belong to the item: nested lists and more text. */
    int nestedIndent() {
        return indent + 2;
    }
}
