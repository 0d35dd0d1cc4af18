package io.github.jiracloud.emulator.jql;

import java.util.Locale;

/** One lexical unit of a JQL query; {@code offset} is where it starts, for error messages. */
record Token(Type type, String text, int offset) {

    enum Type {
        /** An unquoted word: a field name, keyword, value or function name. */
        WORD,
        /** A "double" or 'single' quoted string, already unescaped. */
        QUOTED, LEFT_PAREN, RIGHT_PAREN, COMMA,
        /** One of = != &lt; &lt;= &gt; &gt;= ~ !~ */
        OPERATOR,
        /** {@code &&} or {@code &}, Jira's symbol for AND. */
        AMPERSAND,
        /** {@code ||} or {@code |}, Jira's symbol for OR. */
        PIPE,
        /** {@code !}, Jira's symbol for NOT. */
        BANG, END
    }

    /** Whether this is the unquoted keyword; a quoted "and" is a value, never a keyword. */
    boolean isKeyword(String keyword) {
        return type == Type.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean is(Type expected) {
        return type == expected;
    }

    String lowerText() {
        return text.toLowerCase(Locale.ROOT);
    }
}
