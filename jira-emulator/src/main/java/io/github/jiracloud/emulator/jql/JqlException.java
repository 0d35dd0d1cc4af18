package io.github.jiracloud.emulator.jql;

/**
 * A query Jira would reject. The message is worded like Jira Cloud's own, so the emulator can return it
 * unchanged in a 400 response's {@code errorMessages}.
 */
public class JqlException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String SYNTAX_PREFIX = "Error in the JQL Query: ";

    public JqlException(String message) {
        super(message);
    }

    /** A syntax error at a place in the query; Jira reports the place as a 1-based line and character. */
    static JqlException syntaxAt(String detail, String jql, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < jql.length(); i++) {
            if (jql.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int character = offset - lineStart + 1;
        return new JqlException(SYNTAX_PREFIX + detail + " (line " + line + ", character " + character + ")");
    }

    /** A syntax error found when the query ran out, which Jira reports without a place. */
    static JqlException syntaxAtEnd(String detail) {
        return new JqlException(SYNTAX_PREFIX + detail);
    }
}
