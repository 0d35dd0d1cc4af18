package io.github.jiracloud.camel.adf;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.jiracloud.camel.adf.AdfTestSupport.blocks;
import static io.github.jiracloud.camel.adf.AdfTestSupport.json;
import static io.github.jiracloud.camel.adf.AdfTestSupport.markdown;
import static org.assertj.core.api.Assertions.assertThat;

class MarkdownBlockTest {

    @Nested
    class Headings {

        @Test
        void everyAtxLevel() {
            JsonNode blocks = blocks("# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six");
            assertThat(blocks).hasSize(6);
            for (int level = 1; level <= 6; level++) {
                assertThat(blocks.get(level - 1).get("type").asText()).isEqualTo("heading");
                assertThat(blocks.get(level - 1).at("/attrs/level").asInt()).isEqualTo(level);
            }
            assertThat(blocks.get(2).get("content")).isEqualTo(json("[{'type':'text','text':'Three'}]"));
        }

        @Test
        void headingTextKeepsItsMarks() {
            assertThat(blocks("## Fix **now**").get(0)).isEqualTo(json("{'type':'heading','attrs':{'level':2},"
                    + "'content':[{'type':'text','text':'Fix "
                    + "'},{'type':'text','text':'now','marks':[{'type':'strong'}]}]}"));
        }

        @Test
        void closingHashesAreDropped() {
            assertThat(blocks("# Title ##").at("/0/content/0/text").asText()).isEqualTo("Title");
            assertThat(blocks("# C#").at("/0/content/0/text").asText()).isEqualTo("C#");
        }

        @ParameterizedTest
        @ValueSource(strings = {"####### seven", "#hashtag", "#5 on the list"})
        void notHeadingsStayParagraphs(String text) {
            assertThat(blocks(text).get(0).get("type").asText()).isEqualTo("paragraph");
            assertThat(blocks(text).at("/0/content/0/text").asText()).isEqualTo(text);
        }

        @Test
        void emptyHeadingIsValid() {
            assertThat(blocks("#").get(0)).isEqualTo(json("{'type':'heading','attrs':{'level':1},'content':[]}"));
        }

        @Test
        void setextUnderlines() {
            JsonNode blocks = blocks("Title\n=====\n\nSubtitle\n---");
            assertThat(blocks.at("/0/attrs/level").asInt()).isEqualTo(1);
            assertThat(blocks.at("/0/content/0/text").asText()).isEqualTo("Title");
            assertThat(blocks.at("/1/attrs/level").asInt()).isEqualTo(2);
            assertThat(blocks.at("/1/content/0/text").asText()).isEqualTo("Subtitle");
        }
    }

    @Nested
    class Paragraphs {

        @Test
        void softLineBreaksJoinWithASpace() {
            assertThat(blocks("one\ntwo\n   three")).isEqualTo(json(
                    "[{'type':'paragraph','content':[{'type':'text','text':'one two three'}]}]"));
        }

        @Test
        void blankLinesSeparate() {
            assertThat(blocks("one\n\n\ntwo")).hasSize(2);
        }

        @Test
        void surroundingWhitespaceIsTrimmed() {
            assertThat(blocks("   padded   \n\n").at("/0/content/0/text").asText()).isEqualTo("padded");
        }
    }

    @Nested
    class Rules {

        @ParameterizedTest
        @ValueSource(strings = {"---", "***", "___", "- - -", " * * * ", "----------"})
        void thematicBreaks(String rule) {
            assertThat(blocks("above\n\n" + rule + "\n\nbelow").get(1)).isEqualTo(json("{'type':'rule'}"));
        }

        @Test
        void ruleRightAfterTextOfStarsInterruptsTheParagraph() {
            JsonNode blocks = blocks("above\n***\nbelow");
            assertThat(blocks).hasSize(3);
            assertThat(blocks.get(1).get("type").asText()).isEqualTo("rule");
        }
    }

    @Nested
    class CodeBlocks {

        @Test
        void fenceWithLanguage() {
            assertThat(blocks("```java\nint x = 1;\n  if (x) {}\n```").get(0)).isEqualTo(json(
                    "{'type':'codeBlock','attrs':{'language':'java'},'content':[{'type':'text','text':'int x = "
                            + "1;\\n  if (x) {}'}]}"));
        }

        @Test
        void tildeFenceWithoutLanguage() {
            assertThat(blocks("~~~\nplain\n~~~").get(0)).isEqualTo(json(
                    "{'type':'codeBlock','content':[{'type':'text','text':'plain'}]}"));
        }

        @Test
        void markdownInsideCodeIsLiteral() {
            assertThat(blocks("```\n**x** _y_ [a](b)\n# no heading\n```").at("/0/content/0/text").asText())
                    .isEqualTo("**x** _y_ [a](b)\n# no heading");
        }

        @Test
        void onlyAnAsLongFenceOfTheSameCharacterCloses() {
            JsonNode block = blocks("````md\n```\n~~~\n````\nafter").get(0);
            assertThat(block.at("/content/0/text").asText()).isEqualTo("```\n~~~");
            assertThat(block.at("/attrs/language").asText()).isEqualTo("md");
        }

        @Test
        void unclosedFenceRunsToTheEnd() {
            JsonNode blocks = blocks("text\n```sh\necho hi\n\necho bye");
            assertThat(blocks).hasSize(2);
            assertThat(blocks.at("/1/content/0/text").asText()).isEqualTo("echo hi\n\necho bye");
        }

        @Test
        void emptyCodeBlockHasNoTextNode() {
            assertThat(blocks("```\n```").get(0)).isEqualTo(json("{'type':'codeBlock','content':[]}"));
        }

        @Test
        void indentedFenceLosesThatIndentationFromItsLines() {
            assertThat(blocks("  ```\n  a\n    b\n c\n  ```").at("/0/content/0/text").asText())
                    .isEqualTo("a\n  b\nc");
        }

        @Test
        void tabsInCodeAreKept() {
            assertThat(blocks("```\n\tindented\n```").at("/0/content/0/text").asText()).isEqualTo("\tindented");
        }

        @Test
        void backticksOnOneLineAreInlineCode() {
            assertThat(blocks("```inline```").get(0)).isEqualTo(json(
                    "{'type':'paragraph','content':[{'type':'text','text':'inline','marks':[{'type':'code'}]}]}"));
        }

        @Test
        void indentedCodeIsNotSupportedAndReadsAsText() {
            assertThat(blocks("    indented").at("/0/content/0/text").asText()).isEqualTo("indented");
        }
    }

    @Nested
    class Quotes {

        @Test
        void quotedLinesMakeOneQuote() {
            assertThat(blocks("> first\n> second\n>\n> third")).isEqualTo(json("[{'type':'blockquote','content':["
                    + "{'type':'paragraph','content':[{'type':'text','text':'first second'}]},"
                    + "{'type':'paragraph','content':[{'type':'text','text':'third'}]}]}]"));
        }

        @Test
        void lazyLinesContinueTheQuotedParagraph() {
            assertThat(blocks("> quoted\nstill quoted\n\nnot quoted")).isEqualTo(json("["
                    + "{'type':'blockquote','content':[{'type':'paragraph','content':[{'type':'text','text':'quo"
                    + "ted still quoted'}]}]},"
                    + "{'type':'paragraph','content':[{'type':'text','text':'not quoted'}]}]"));
        }

        @Test
        void quoteMayHoldListsAndCode() {
            JsonNode quote = blocks("> - a\n> - b\n>\n> ```\n> code\n> ```").get(0);
            assertThat(quote.at("/content/0/type").asText()).isEqualTo("bulletList");
            assertThat(quote.at("/content/1/type").asText()).isEqualTo("codeBlock");
        }

        @Test
        void nestedQuotesAndHeadingsAreFlattenedBecauseAdfForbidsThem() {
            JsonNode quote = blocks("> # Title\n> > inner\n> ---\n> outer").get(0);
            assertThat(quote).isEqualTo(json("{'type':'blockquote','content':["
                    + "{'type':'paragraph','content':[{'type':'text','text':'Title'}]},"
                    + "{'type':'paragraph','content':[{'type':'text','text':'inner'}]},"
                    + "{'type':'paragraph','content':[{'type':'text','text':'outer'}]}]}"));
        }

        @Test
        void emptyQuoteIsLeftOut() {
            assertThat(blocks(">\n>")).isEmpty();
        }

        @Test
        void quoteMarkerWithoutSpace() {
            assertThat(blocks(">tight").at("/0/content/0/content/0/text").asText()).isEqualTo("tight");
        }
    }

    @Test
    void documentMixingEverything() {
        JsonNode doc = markdown("""
                # Incident 42

                The **payment** service returned `500` since _09:00_.
                See https://status.example.com.

                ## Steps
                1. Open the [dashboard](https://grafana.example.com/d/abc)
                2. Check ~~logs~~ traces:
                   ```bash
                   kubectl logs deploy/payments
                   ```
                - [x] not a task list, just text

                > Customer impact: high

                ---
                Thanks""");
        assertThat(doc.get("content")).extracting(node -> node.get("type").asText()).containsExactly(
                "heading", "paragraph", "heading", "orderedList", "bulletList", "blockquote", "rule", "paragraph");
        assertThat(doc.at("/content/3/content/1/content/1/type").asText()).isEqualTo("codeBlock");
        assertThat(doc.at("/content/3/content/1/content/1/content/0/text").asText())
                .isEqualTo("kubectl logs deploy/payments");
    }
}
