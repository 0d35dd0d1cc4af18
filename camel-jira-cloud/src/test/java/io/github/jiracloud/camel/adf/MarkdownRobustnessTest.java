package io.github.jiracloud.camel.adf;

import java.util.Random;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.jiracloud.camel.adf.AdfTestSupport.blocks;
import static io.github.jiracloud.camel.adf.AdfTestSupport.json;
import static io.github.jiracloud.camel.adf.AdfTestSupport.markdown;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever arrives in a message body, the Markdown converter answers with a valid document and never throws. */
class MarkdownRobustnessTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", "\t\t", " \r\n \r\n", "\u000b\f"})
    void whitespaceOnlyGivesAnEmptyDocument(String text) {
        assertThat(markdown(text)).isEqualTo(json("{'type':'doc','version':1,'content':[]}"));
    }

    @Test
    void nullGivesAnEmptyDocument() {
        assertThat(Adf.fromMarkdown(null)).isEqualTo(json("{'type':'doc','version':1,'content':[]}"));
    }

    @Test
    void crlfReadsLikeLf() {
        String text = "# T\n\n- a\n  - b\n\n```\ncode\n```\n> q  \nline";
        assertThat(markdown(text.replace("\n", "\r\n"))).isEqualTo(markdown(text));
    }

    @Test
    void unicodeIsKeptWhole() {
        String text = "Ünïcödé 👨‍👩‍👧 **粗体** _κείμενο_ `код` 🏳️‍🌈";
        assertThat(Adf.toPlainText(markdown(text))).isEqualTo("Ünïcödé 👨‍👩‍👧 粗体 κείμενο код 🏳️‍🌈");
    }

    @Test
    void jiraWikiMarkupDoesNotBreakAnything() {
        JsonNode doc = markdown("""
                h1. Release notes
                *bold* _italic_ -strike- +under+ {{mono}} ??cite??
                {code:java}
                public static void main(String[] args) {}
                {code}
                {noformat}raw{noformat}
                ||head 1||head 2||
                |cell *1*|cell [link|https://x.io]|
                * bullet
                ** nested bullet
                # numbered
                [~accountid:123] {color:red}red{color} !image.png|thumbnail!
                bq. quoted
                """);
        assertThat(Adf.toPlainText(doc)).contains("h1. Release notes", "public static void main", "head 1", "red");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "**", "***", "_", "__", "~~", "`", "```", "[", "]", "[]", "[](", "![", "!", "<", ">",
            "\\", "\\\\", "#", "# ", "-", "- ", "1.", "1)", ">>>>", "- - - - x", "> - > - > - x", "***\n***",
            "[[[[]]]]()",
            "*_*_*_*_", "**_**_", "`*`*", "<<>>", "<http://>", "http://", "[a](<>)", "![](x)", "\u0000", "\uFEFFtext",
            "\ud83d", "a\ud83d*b*", "~~~\n", "   ```\n", "-\n-\n-", "1.\n2.\n", "\t-\ta\n\t\t-\tb",
            "&amp; &#42; <b>x</b>"})
    void oddInputsGiveValidDocuments(String text) {
        markdown(text);
    }

    @Test
    void randomMarkdownSoupAlwaysGivesValidDocuments() {
        String alphabet = "*_~`[]()<>!#->\\ \n\n\t1.)+=|:/hps\u00e9\ud83d\ude00ab";
        Random random = new Random(42);
        for (int run = 0; run < 2_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                text.append(
                        random.nextInt(10) == 0 ? "https://x.io/" : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            markdown(text.toString());
        }
    }

    @Test
    void deepNestingIsCappedAndKeptAsText() {
        JsonNode doc = markdown(">".repeat(5_000) + " deep\n\n" + "- ".repeat(5_000) + "deep");
        assertThat(Adf.toPlainText(doc)).contains("deep");
    }

    @Test
    void deeplyNestedEmphasisNeedsNoRecursion() {
        String text = "*a ".repeat(20_000) + "b" + " c*".repeat(20_000);
        assertThat(blocks(text)).hasSize(1);
    }

    @Test
    void tenThousandLinesConvertQuickly() {
        StringBuilder text = new StringBuilder();
        IntStream.range(0, 1_250).forEach(i -> text.append("""
                ## Section %d
                Some **bold** and _em_ text with `code`, a [link](https://x.io/%d) and https://y.io/%d.
                - item one
                  1. nested *one*
                > quoted ~~text~~
                ```
                code %d
                ```
                """.formatted(i, i, i, i)));
        assertThat(text.toString().lines().count()).isGreaterThanOrEqualTo(10_000);
        JsonNode doc = markdown(text.toString());
        assertThat(doc.get("content")).hasSize(6_250);
    }

    @Test
    void oneHugeParagraphOfUnmatchedDelimitersIsLinear() {
        String text = "a* [b _c <d ".repeat(20_000);
        assertThat(Adf.toPlainText(markdown(text))).hasSize(text.strip().length());
    }
}
