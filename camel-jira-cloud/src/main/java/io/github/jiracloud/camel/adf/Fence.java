package io.github.jiracloud.camel.adf;

/**
 * The opening line of a fenced code block: three or more backticks or tildes, then an optional language.
 *
 * @param indent the opening line's indentation, removed from the code lines too
 */
record Fence(char marker, int length, int indent, String language) {

    static Fence of(MarkdownLine line) {
        String content = line.content();
        if (!content.startsWith("```") && !content.startsWith("~~~")) {
            return null;
        }
        char marker = content.charAt(0);
        int length = 0;
        while (length < content.length() && content.charAt(length) == marker) {
            length++;
        }
        String info = content.substring(length).strip();
        // A backtick after the fence means inline code on one line, such as ```x```.
        if (marker == '`' && info.indexOf('`') >= 0) {
            return null;
        }
        String language = info.isEmpty() ? null : info.split("[ \t]", 2)[0];
        return new Fence(marker, length, line.indent(), language);
    }

    /** A closing fence uses the same character, at least as many of them, and nothing else. */
    boolean isClosedBy(MarkdownLine line) {
        String content = line.content().stripTrailing();
        if (content.length() < length) {
            return false;
        }
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) != marker) {
                return false;
            }
        }
        return true;
    }
}
