package io.github.jiracloud.emulator.jql;

import java.util.ArrayList;
import java.util.List;

/** Splits a JQL string into tokens; keywords stay words, because only the parser knows where they count. */
final class Lexer {

    /** Characters that end an unquoted word because they start another token. */
    private static final String DELIMITERS = "=!<>~(),\"'&|";

    private final String jql;
    private int position;

    private Lexer(String jql) {
        this.jql = jql;
    }

    static List<Token> tokenize(String jql) {
        return new Lexer(jql).tokens();
    }

    private List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (position >= jql.length()) {
                tokens.add(new Token(Token.Type.END, "", position));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = position;
        char c = jql.charAt(position);
        switch (c) {
            case '(' -> {
                return single(Token.Type.LEFT_PAREN, start);
            }
            case ')' -> {
                return single(Token.Type.RIGHT_PAREN, start);
            }
            case ',' -> {
                return single(Token.Type.COMMA, start);
            }
            case '"', '\'' -> {
                return quoted(c, start);
            }
            case '&' -> {
                return doubled('&', Token.Type.AMPERSAND, start);
            }
            case '|' -> {
                return doubled('|', Token.Type.PIPE, start);
            }
            case '=', '~' -> {
                return single(Token.Type.OPERATOR, start);
            }
            case '<', '>' -> {
                return comparison(start);
            }
            case '!' -> {
                return bang(start);
            }
            default -> {
                return word(start);
            }
        }
    }

    private Token single(Token.Type type, int start) {
        position++;
        return new Token(type, jql.substring(start, position), start);
    }

    private Token doubled(char symbol, Token.Type type, int start) {
        position++;
        if (position < jql.length() && jql.charAt(position) == symbol) {
            position++;
        }
        return new Token(type, jql.substring(start, position), start);
    }

    private Token comparison(int start) {
        position++;
        if (position < jql.length() && jql.charAt(position) == '=') {
            position++;
        }
        return new Token(Token.Type.OPERATOR, jql.substring(start, position), start);
    }

    private Token bang(int start) {
        position++;
        if (position < jql.length() && (jql.charAt(position) == '=' || jql.charAt(position) == '~')) {
            position++;
            return new Token(Token.Type.OPERATOR, jql.substring(start, position), start);
        }
        return new Token(Token.Type.BANG, "!", start);
    }

    private Token quoted(char quote, int start) {
        position++;
        StringBuilder text = new StringBuilder();
        while (position < jql.length()) {
            char c = jql.charAt(position);
            if (c == quote) {
                position++;
                return new Token(Token.Type.QUOTED, text.toString(), start);
            }
            if (c == '\\') {
                text.append(escape());
            } else {
                text.append(c);
                position++;
            }
        }
        throw JqlException.syntaxAt("The quoted string '" + text + "' has not been completed.", jql, start);
    }

    private Token word(int start) {
        StringBuilder text = new StringBuilder();
        while (position < jql.length()) {
            char c = jql.charAt(position);
            if (Character.isWhitespace(c) || DELIMITERS.indexOf(c) >= 0) {
                break;
            }
            if (c == '\\') {
                text.append(escape());
            } else {
                text.append(c);
                position++;
            }
        }
        return new Token(Token.Type.WORD, text.toString(), start);
    }

    /** Reads the escape sequence at {@code position} (a backslash) and returns the character it stands for. */
    private char escape() {
        int start = position;
        if (position + 1 >= jql.length()) {
            throw JqlException.syntaxAt("The escape sequence '\\' is illegal.", jql, start);
        }
        char code = jql.charAt(position + 1);
        position += 2;
        return switch (code) {
            case '"', '\'', '\\', ' ' -> code;
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'u' -> unicodeEscape(start);
            default -> throw JqlException.syntaxAt("The escape sequence '\\" + code + "' is illegal.", jql, start);
        };
    }

    private char unicodeEscape(int start) {
        if (position + 4 > jql.length()) {
            throw JqlException.syntaxAt("The escape sequence '" + jql.substring(start) + "' is illegal.", jql, start);
        }
        String hex = jql.substring(position, position + 4);
        try {
            char c = (char) Integer.parseInt(hex, 16);
            position += 4;
            return c;
        } catch (NumberFormatException e) {
            throw JqlException.syntaxAt("The escape sequence '\\u" + hex + "' is illegal.", jql, start);
        }
    }

    private void skipWhitespace() {
        while (position < jql.length() && Character.isWhitespace(jql.charAt(position))) {
            position++;
        }
    }
}
