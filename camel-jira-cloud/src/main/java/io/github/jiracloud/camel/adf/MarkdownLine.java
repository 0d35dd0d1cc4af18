package io.github.jiracloud.camel.adf;

/**
 * One Markdown source line as the block parser sees it: its indentation in columns (a tab reaches the next multiple
 * of four) and the text after it, with the questions "which block does this line start?".
 *
 * <p>Block starts are recognised at any indentation: indented code blocks are not supported, so four spaces of
 * indentation simply mean deeper nesting.
 */
record MarkdownLine(String raw, int indent, String content) {

    static MarkdownLine of(String raw) {
        int column = 0;
        int i = 0;
        while (i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
            column += raw.charAt(i) == ' ' ? 1 : 4 - column % 4;
            i++;
        }
        return new MarkdownLine(raw, column, raw.substring(i));
    }

    /** Removes up to {@code columns} columns of indentation; a tab that spans the cut leaves its rest as spaces. */
    static String stripColumns(String raw, int columns) {
        int column = 0;
        int i = 0;
        while (i < raw.length() && column < columns) {
            char c = raw.charAt(i);
            if (c == ' ') {
                column++;
            } else if (c == '\t') {
                int width = 4 - column % 4;
                if (column + width > columns) {
                    return " ".repeat(column + width - columns) + raw.substring(i + 1);
                }
                column += width;
            } else {
                break;
            }
            i++;
        }
        return raw.substring(i);
    }

    boolean isBlank() {
        return content.isBlank();
    }

    /** @return 1 to 6 for an ATX heading ({@code ## Title}), else 0 */
    int headingLevel() {
        int level = 0;
        while (level < content.length() && content.charAt(level) == '#') {
            level++;
        }
        boolean separated = level == content.length() || content.charAt(level) == ' ' || content.charAt(level) == '\t';
        return level >= 1 && level <= 6 && separated ? level : 0;
    }

    /** The heading's text without the opening hashes and an optional closing run of hashes. */
    String headingText() {
        String text = content.substring(headingLevel()).strip();
        int closing = text.length();
        while (closing > 0 && text.charAt(closing - 1) == '#') {
            closing--;
        }
        if (closing == 0) {
            return "";
        }
        boolean separated = text.charAt(closing - 1) == ' ' || text.charAt(closing - 1) == '\t';
        return closing < text.length() && separated ? text.substring(0, closing).strip() : text;
    }

    /** {@code ---}, {@code ***} or {@code ___}, spaces allowed between. */
    boolean isThematicBreak() {
        if (content.isEmpty() || "-*_".indexOf(content.charAt(0)) < 0) {
            return false;
        }
        char marker = content.charAt(0);
        int count = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == marker) {
                count++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return count >= 3;
    }

    /** @return 1 or 2 when this line underlines the paragraph above as a heading ({@code ===} or {@code ---}) */
    int setextLevel() {
        String line = content.stripTrailing();
        if (line.isEmpty() || !line.chars().allMatch(c -> c == line.charAt(0))) {
            return 0;
        }
        return line.charAt(0) == '=' ? 1 : line.charAt(0) == '-' ? 2 : 0;
    }

    boolean isQuote() {
        return content.startsWith(">");
    }

    /** The quoted text: without the {@code >} and the one space that usually follows it. */
    String quoted() {
        String rest = content.substring(1);
        return rest.startsWith(" ") || rest.startsWith("\t") ? rest.substring(1) : rest;
    }

    /** @return the code fence this line opens, or null */
    Fence fence() {
        return Fence.of(this);
    }

    /** @return the list item this line starts, or null */
    ListMarker listMarker() {
        return ListMarker.of(this);
    }

    /**
     * Whether this line ends the paragraph above it instead of continuing it. Following CommonMark, a numbered list
     * interrupts only when it starts at 1, so "in\n2024. we..." stays one paragraph.
     *
     * @param containersAllowed false when quotes and lists are nested as deep as allowed and are read as text
     */
    boolean interruptsParagraph(boolean containersAllowed) {
        if (headingLevel() > 0 || fence() != null || isThematicBreak()) {
            return true;
        }
        if (!containersAllowed) {
            return false;
        }
        ListMarker marker = listMarker();
        return isQuote() || marker != null && marker.canInterruptParagraph();
    }
}
