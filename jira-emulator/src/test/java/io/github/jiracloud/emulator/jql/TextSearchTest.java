package io.github.jiracloud.emulator.jql;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextSearchTest {

    private static final String TEXT = "Login fails after password-reset on iOS 17.2";

    @Test
    void matchesWholeWordsAndWordStartsCaseInsensitively() {
        assertThat(TextSearch.matches(TEXT, "login")).isTrue();
        assertThat(TextSearch.matches(TEXT, "LOGIN")).isTrue();
        assertThat(TextSearch.matches(TEXT, "fail")).isTrue();
        assertThat(TextSearch.matches(TEXT, "ail")).isFalse();
        assertThat(TextSearch.matches(TEXT, "17")).isTrue();
    }

    @Test
    void everyWordMustBeFoundInAnyOrder() {
        assertThat(TextSearch.matches(TEXT, "reset login")).isTrue();
        assertThat(TextSearch.matches(TEXT, "reset logout")).isFalse();
        assertThat(TextSearch.matches(TEXT, "password-reset")).isTrue();
    }

    @Test
    void supportsWildcards() {
        assertThat(TextSearch.matches(TEXT, "log*")).isTrue();
        assertThat(TextSearch.matches(TEXT, "l?gin")).isTrue();
        assertThat(TextSearch.matches(TEXT, "*set")).isTrue();
        assertThat(TextSearch.matches(TEXT, "l?g")).isFalse();
    }

    @Test
    void innerQuotesMakeAPhrase() {
        assertThat(TextSearch.matches(TEXT, "\"password reset\"")).isTrue();
        assertThat(TextSearch.matches(TEXT, "\"reset password\"")).isFalse();
        assertThat(TextSearch.matches(TEXT, "\"fails after\"")).isTrue();
        assertThat(TextSearch.matches(TEXT, "\"fail after\"")).isFalse();
    }

    @Test
    void aQueryWithoutWordsMatchesNothing() {
        assertThat(TextSearch.matches(TEXT, "  ")).isFalse();
        assertThat(TextSearch.matches(TEXT, "!!")).isFalse();
        assertThat(TextSearch.matches(null, "x")).isFalse();
    }

    @Test
    void extractsPlainTextFromAdf() {
        Map<String, Object> doc = Map.of("type", "doc", "version", 1, "content", List.of(
                Map.of("type", "paragraph", "content", List.of(
                        Map.of("type", "text", "text", "Hello "),
                        Map.of("type", "mention", "attrs", Map.of("id", "acc-1", "text", "@Ann")))),
                Map.of("type", "bulletList", "content", List.of(
                        Map.of("type", "listItem", "content", List.of(
                                Map.of("type", "paragraph", "content",
                                        List.of(Map.of("type", "text", "text", "item")))))))));
        assertThat(AdfText.plainText(doc)).isEqualTo("Hello @Ann\nitem");
        assertThat(AdfText.plainText("plain")).isEqualTo("plain");
        assertThat(AdfText.plainText(null)).isEmpty();
    }
}
