package io.github.jiracloud.emulator.jql;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexerTest {

    private static List<String> texts(String jql) {
        return Lexer.tokenize(jql).stream().map(Token::text).toList();
    }

    private static List<Token.Type> types(String jql) {
        return Lexer.tokenize(jql).stream().map(Token::type).toList();
    }

    @Test
    void splitsWordsOperatorsAndPunctuation() {
        assertThat(texts("project=OPS AND key in (OPS-1,\"OPS-2\")"))
                .containsExactly("project", "=", "OPS", "AND", "key", "in", "(", "OPS-1", ",", "OPS-2", ")", "");
    }

    @Test
    void readsEveryOperatorGreedily() {
        assertThat(texts("a!=b c<=d e>=f g<h i>j k~l m!~n o=p"))
                .containsExactly("a", "!=", "b", "c", "<=", "d", "e", ">=", "f", "g", "<", "h",
                        "i", ">", "j", "k", "~", "l", "m", "!~", "n", "o", "=", "p", "");
    }

    @Test
    void keepsBracketsDotsAndSignsInsideWords() {
        assertThat(texts("cf[10016] issue.property[idem].key -5d 2026/11/28"))
                .containsExactly("cf[10016]", "issue.property[idem].key", "-5d", "2026/11/28", "");
    }

    @Test
    void unescapesQuotedStrings() {
        assertThat(texts("\"say \\\"hi\\\"\" 'it\\'s' \"tab\\there\" \"\\u0041\\\\\""))
                .containsExactly("say \"hi\"", "it's", "tab\there", "A\\", "");
        assertThat(types("'x' \"y\"")).containsExactly(Token.Type.QUOTED, Token.Type.QUOTED, Token.Type.END);
    }

    @Test
    void allowsTheOtherQuoteInsideAString() {
        assertThat(texts("\"it's\" 'say \"hi\"'")).containsExactly("it's", "say \"hi\"", "");
    }

    @Test
    void readsSymbolsForAndOrNot() {
        assertThat(types("a && b || !c & d | e")).containsExactly(
                Token.Type.WORD, Token.Type.AMPERSAND, Token.Type.WORD, Token.Type.PIPE, Token.Type.BANG,
                Token.Type.WORD, Token.Type.AMPERSAND, Token.Type.WORD, Token.Type.PIPE, Token.Type.WORD,
                Token.Type.END);
    }

    @Test
    void recordsOffsets() {
        assertThat(Lexer.tokenize("  status  =  Done").stream().map(Token::offset))
                .containsExactly(2, 10, 13, 17);
    }

    @Test
    void emptyInputIsJustTheEnd() {
        assertThat(types("  \n\t ")).containsExactly(Token.Type.END);
    }

    @Test
    void rejectsAnUnterminatedString() {
        assertThatThrownBy(() -> Lexer.tokenize("summary ~ \"abc"))
                .isInstanceOf(JqlException.class)
                .hasMessage(
                        "Error in the JQL Query: The quoted string 'abc' has not been completed. (line 1, "
                                + "character 11)");
    }

    @Test
    void reportsLineAndCharacterOnLaterLines() {
        assertThatThrownBy(() -> Lexer.tokenize("project = OPS\nAND summary ~ 'x"))
                .hasMessageEndingWith("(line 2, character 15)");
    }

    @Test
    void rejectsIllegalEscapes() {
        assertThatThrownBy(() -> Lexer.tokenize("summary ~ \"a\\qb\""))
                .hasMessage("Error in the JQL Query: The escape sequence '\\q' is illegal. (line 1, character 13)");
        assertThatThrownBy(() -> Lexer.tokenize("summary ~ \"\\u12\""))
                .hasMessageContaining("is illegal");
        assertThatThrownBy(() -> Lexer.tokenize("summary ~ abc\\"))
                .hasMessageContaining("The escape sequence '\\' is illegal.");
    }
}
