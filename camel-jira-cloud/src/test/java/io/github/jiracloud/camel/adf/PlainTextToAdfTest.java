package io.github.jiracloud.camel.adf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.jiracloud.camel.adf.AdfTestSupport.json;
import static io.github.jiracloud.camel.adf.AdfTestSupport.plain;
import static org.assertj.core.api.Assertions.assertThat;

class PlainTextToAdfTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", "\n\n\n", " \t \r\n  \r\n"})
    void blankTextGivesAnEmptyDocument(String text) {
        assertThat(plain(text)).isEqualTo(json("{'type':'doc','version':1,'content':[]}"));
    }

    @Test
    void nullGivesAnEmptyDocument() {
        assertThat(Adf.fromPlainText(null)).isEqualTo(json("{'type':'doc','version':1,'content':[]}"));
    }

    @Test
    void oneLineIsOneParagraph() {
        assertThat(plain("Printer on fire")).isEqualTo(json(
                "{'type':'doc','version':1,'content':[{'type':'paragraph','content':[{'type':'text','text':'Prin"
                        + "ter on fire'}]}]}"));
    }

    @Test
    void singleNewlinesBecomeHardBreaks() {
        assertThat(plain("Order: 123\nCustomer: Bob").at("/content/0/content")).isEqualTo(json(
                "[{'type':'text','text':'Order: 123'},{'type':'hardBreak'},{'type':'text','text':'Customer: Bob'}]"));
    }

    @Test
    void blankLinesSeparateParagraphs() {
        assertThat(plain("first\n\n\n  \nsecond\nline").get("content")).isEqualTo(json("["
                + "{'type':'paragraph','content':[{'type':'text','text':'first'}]},"
                + "{'type':'paragraph','content':[{'type':'text','text':'second'},{'type':'hardBreak'},{'type':'"
                + "text','text':'line'}]}]"));
    }

    @Test
    void windowsAndOldMacLineEndsAreNewlines() {
        assertThat(plain("a\r\nb\r\rc\rd")).isEqualTo(plain("a\nb\n\nc\nd"));
    }

    @Test
    void markupIsKeptAsTyped() {
        String text = "**not bold** # not a heading\n- not a list\t<tab>  ";
        assertThat(plain(text).at("/content/0/content/0/text").asText()).isEqualTo("**not bold** # not a heading");
        assertThat(plain(text).at("/content/0/content/2/text").asText()).isEqualTo("- not a list\t<tab>  ");
    }

    @Test
    void unicodeAndEmojiSurvive() {
        String text = "Grüße 👋🏽 日本語 — ok";
        assertThat(plain(text).at("/content/0/content/0/text").asText()).isEqualTo(text);
    }

    @Test
    void nulCharactersAreReplacedBecauseJiraRefusesThem() {
        assertThat(plain("a\u0000b").at("/content/0/content/0/text").asText()).isEqualTo("a\uFFFDb");
    }

    @Test
    void plainTextRoundTrips() {
        String text = "Dear team,\n\nthe build broke:\n  step 3 failed\n\nRegards";
        assertThat(Adf.toPlainText(plain(text))).isEqualTo(text);
    }
}
