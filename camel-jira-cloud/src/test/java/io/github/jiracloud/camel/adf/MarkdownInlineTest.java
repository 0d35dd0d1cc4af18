package io.github.jiracloud.camel.adf;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.jiracloud.camel.adf.AdfTestSupport.inline;
import static io.github.jiracloud.camel.adf.AdfTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

class MarkdownInlineTest {

    private static void assertLiteral(String markdown, String text) {
        assertThat(inline(markdown)).isEqualTo(json("[{'type':'text','text':'" + text + "'}]"));
    }

    @Nested
    class Emphasis {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "**bold**|strong", "__bold__|strong", "*it*|em", "_it_|em", "~~gone~~|strike"})
        void singleMarks(String markdown, String mark) {
            assertThat(inline("a " + markdown + " b")).isEqualTo(json("[{'type':'text','text':'a '},"
                    + "{'type':'text','text':'" + markdown.replaceAll("[*_~]", "") + "','marks':[{'type':'" + mark
                    + "'}]},"
                    + "{'type':'text','text':' b'}]"));
        }

        @Test
        void strongAndEmTogether() {
            assertThat(inline("***both***")).isEqualTo(json(
                    "[{'type':'text','text':'both','marks':[{'type':'strong'},{'type':'em'}]}]"));
        }

        @Test
        void nestedMarksSplitTheText() {
            assertThat(inline("**bold _both_ bold**")).isEqualTo(json("["
                    + "{'type':'text','text':'bold ','marks':[{'type':'strong'}]},"
                    + "{'type':'text','text':'both','marks':[{'type':'strong'},{'type':'em'}]},"
                    + "{'type':'text','text':' bold','marks':[{'type':'strong'}]}]"));
        }

        @Test
        void strikeAroundStrong() {
            assertThat(inline("~~old **news**~~")).isEqualTo(json("["
                    + "{'type':'text','text':'old ','marks':[{'type':'strike'}]},"
                    + "{'type':'text','text':'news','marks':[{'type':'strong'},{'type':'strike'}]}]"));
        }

        @Test
        void starsWorkInsideWords() {
            assertThat(inline("un*frigging*believable")).isEqualTo(json("[{'type':'text','text':'un'},"
                    + "{'type':'text','text':'frigging','marks':[{'type':'em'}]},"
                    + "{'type':'text','text':'believable'}]"));
        }

        @Test
        void underscoresInsideWordsStayLiteral() {
            assertLiteral("call my_snake_case_function and foo__bar__baz",
                    "call my_snake_case_function and foo__bar__baz");
        }

        @ParameterizedTest
        @ValueSource(strings = {"**unclosed", "unopened**", "*a", "2 * 3 * 4", "~single~", "a ~~~triple~~~", "_ _",
                "** spaced **", "a * b", "**"})
        void unmatchedDelimitersStayLiteral(String text) {
            assertLiteral(text, text);
        }

        @Test
        void extraDelimiterCharactersStayOutside() {
            assertThat(inline("**a*")).isEqualTo(json(
                    "[{'type':'text','text':'*'},{'type':'text','text':'a','marks':[{'type':'em'}]}]"));
        }

        @Test
        void ruleOfThreeKeepsInnerDelimitersLiteral() {
            assertThat(inline("**foo*bar**"))
                    .isEqualTo(json("[{'type':'text','text':'foo*bar','marks':[{'type':'strong'}]}]"));
            assertThat(inline("*foo**bar*"))
                    .isEqualTo(json("[{'type':'text','text':'foo**bar','marks':[{'type':'em'}]}]"));
            assertThat(inline("*foo**bar**baz*"))
                    .isEqualTo(json("[{'type':'text','text':'foo','marks':[{'type':'em'}]},"
                            + "{'type':'text','text':'bar','marks':[{'type':'strong'},{'type':'em'}]},"
                            + "{'type':'text','text':'baz','marks':[{'type':'em'}]}]"));
        }

        @Test
        void emphasisNextToPunctuationAndEmoji() {
            assertThat(inline("(**done**) 🎉*yay*🎉")).isEqualTo(json("[{'type':'text','text':'('},"
                    + "{'type':'text','text':'done','marks':[{'type':'strong'}]},{'type':'text','text':') 🎉'},"
                    + "{'type':'text','text':'yay','marks':[{'type':'em'}]},{'type':'text','text':'🎉'}]"));
        }

        @Test
        void emphasisAcrossASoftBreak() {
            assertThat(inline("**two\nlines**")).isEqualTo(json(
                    "[{'type':'text','text':'two lines','marks':[{'type':'strong'}]}]"));
        }
    }

    @Nested
    class Code {

        @Test
        void codeSpan() {
            assertThat(inline("run `mvn -q verify` now")).isEqualTo(json("[{'type':'text','text':'run '},"
                    + "{'type':'text','text':'mvn -q verify','marks':[{'type':'code'}]},{'type':'text','text':' "
                    + "now'}]"));
        }

        @Test
        void markdownInsideCodeIsLiteral() {
            assertThat(inline("`**not bold** [x](y)`")).isEqualTo(json(
                    "[{'type':'text','text':'**not bold** [x](y)','marks':[{'type':'code'}]}]"));
        }

        @Test
        void doubleBackticksHoldABacktick() {
            assertThat(inline("`` a`b ``")).isEqualTo(json("[{'type':'text','text':'a`b','marks':[{'type':'code'}]}]"));
        }

        @Test
        void codeDropsOtherMarksBecauseAdfAllowsOnlyLinkWithIt() {
            assertThat(inline("**bold `code` bold**")).isEqualTo(json("["
                    + "{'type':'text','text':'bold ','marks':[{'type':'strong'}]},"
                    + "{'type':'text','text':'code','marks':[{'type':'code'}]},"
                    + "{'type':'text','text':' bold','marks':[{'type':'strong'}]}]"));
        }

        @Test
        void codeInsideALinkKeepsTheLink() {
            assertThat(inline("[`Adf`](https://x.io)")).isEqualTo(json(
                    "[{'type':'text','text':'Adf','marks':[{'type':'code'},{'type':'link','attrs':{'href':'https"
                            + "://x.io'}}]}]"));
        }

        @Test
        void unclosedBackticksStayLiteral() {
            assertLiteral("a `b", "a `b");
            assertLiteral("``a`", "``a`");
        }
    }

    @Nested
    class Links {

        @Test
        void inlineLink() {
            assertThat(inline("see [the docs](https://example.com/a?b=1&c=2#d) please")).isEqualTo(json("["
                    + "{'type':'text','text':'see '},"
                    + "{'type':'text','text':'the "
                    + "docs','marks':[{'type':'link','attrs':{'href':'https://example.com/a?b=1&c=2#d'}}]},"
                    + "{'type':'text','text':' please'}]"));
        }

        @Test
        void linkLabelKeepsEmphasisAndEmphasisAroundLinks() {
            assertThat(inline("**[a *b*](https://x.io)**")).isEqualTo(json("["
                    + "{'type':'text','text':'a "
                    + "','marks':[{'type':'strong'},{'type':'link','attrs':{'href':'https://x.io'}}]},"
                    + "{'type':'text','text':'b','marks':[{'type':'strong'},{'type':'em'},{'type':'link','attrs'"
                    + ":{'href':'https://x.io'}}]}]"));
        }

        @Test
        void titleAndAngleBracketsAndParentheses() {
            assertThat(inline("[t](https://x.io \"Title\")").at("/0/marks/0/attrs/href").asText())
                    .isEqualTo("https://x.io");
            assertThat(inline("[t](<https://x.io/a b>)").at("/0/marks/0/attrs/href").asText())
                    .isEqualTo("https://x.io/a b");
            assertThat(
                    inline("[t](https://en.wikipedia.org/wiki/Java_(language))").at("/0/marks/0/attrs/href").asText())
                    .isEqualTo("https://en.wikipedia.org/wiki/Java_(language)");
        }

        @Test
        void bracketsPairLikeCommonMark() {
            assertThat(inline("[a [b] c](https://x.io)")).isEqualTo(json(
                    "[{'type':'text','text':'a [b] c','marks':[{'type':'link','attrs':{'href':'https://x.io'}}]}]"));
            assertThat(inline("[[a](https://x.io)](https://y.io)")).isEqualTo(json("[{'type':'text','text':'['},"
                    + "{'type':'text','text':'a','marks':[{'type':'link','attrs':{'href':'https://x.io'}}]},"
                    + "{'type':'text','text':']('},"
                    + "{'type':'text','text':'https://y.io','marks':[{'type':'link','attrs':{'href':'https://y.io'}}]},"
                    + "{'type':'text','text':')'}]"));
        }

        @Test
        void codeSpanBindsTighterThanBrackets() {
            assertThat(inline("[a`](https://x.io)`")).isEqualTo(json(
                    "[{'type':'text','text':'[a'},"
                            + "{'type':'text','text':'](https://x.io)','marks':[{'type':'code'}]}]"));
        }

        @Test
        void badgeImageInsideALinkLinksToTheOuterTarget() {
            assertThat(inline("[![build](https://ci.io/badge.svg)](https://ci.io)")).isEqualTo(json(
                    "[{'type':'text','text':'build','marks':[{'type':'link','attrs':{'href':'https://ci.io'}}]}]"));
        }

        @Test
        void urlAsLabelLinksToTheTarget() {
            assertThat(inline("[https://a.io](https://b.io)")).isEqualTo(json(
                    "[{'type':'text','text':'https://a.io','marks':[{'type':'link','attrs':{'href':'https://b.io"
                            + "'}}]}]"));
        }

        @Test
        void emptyLabelShowsTheUrl() {
            assertThat(inline("[](https://x.io)")).isEqualTo(json(
                    "[{'type':'text','text':'https://x.io','marks':[{'type':'link','attrs':{'href':'https://x.io"
                            + "'}}]}]"));
        }

        @Test
        void imageBecomesALinkToTheImage() {
            assertThat(inline("![diagram](https://x.io/d.png)")).isEqualTo(json(
                    "[{'type':'text','text':'diagram','marks':[{'type':'link','attrs':{'href':'https://x.io/d.pn"
                            + "g'}}]}]"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"[x](javascript:alert(1))", "[x](JavaScript:alert(1))", "[x](data:text/html,hi)",
                "[x](file:///etc/passwd)", "[x]()", "[x] (https://x.io)", "[x](https://x.io", "[unclosed(https://x.io)",
                "[Jira|https://x.io]"})
        void unsafeOrIncompleteLinksStayText(String markdown) {
            assertThat(inline(markdown).findValues("marks").toString()).doesNotContain("javascript", "data:", "file:");
            assertThat(Adf.toPlainText(Adf.fromMarkdown(markdown))).contains("x");
        }

        @Test
        void javascriptLinkIsLiteralText() {
            assertLiteral("[x](javascript:alert(1))", "[x](javascript:alert(1))");
        }

        @Test
        void bareUrlsBecomeLinksWithoutTrailingPunctuation() {
            assertThat(inline("Down: https://status.x.io/a_b. (see http://x.io/wiki/A_(b))")).isEqualTo(json("["
                    + "{'type':'text','text':'Down: '},"
                    + "{'type':'text','text':'https://status.x.io/a_b','marks':[{'type':'link','attrs':{'href':'"
                    + "https://status.x.io/a_b'}}]},"
                    + "{'type':'text','text':'. (see '},"
                    + "{'type':'text','text':'http://x.io/wiki/A_(b)','marks':[{'type':'link','attrs':{'href':'h"
                    + "ttp://x.io/wiki/A_(b)'}}]},"
                    + "{'type':'text','text':')'}]"));
        }

        @Test
        void angleAutolink() {
            assertThat(inline("<https://x.io/a?b>")).isEqualTo(json(
                    "[{'type':'text','text':'https://x.io/a?b','marks':[{'type':'link','attrs':{'href':'https://"
                            + "x.io/a?b'}}]}]"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"<javascript:alert(1)>", "<not a link>", "a < b > c", "<br>", "https://",
                "xhttps://x.io"})
        void notAutolinks(String text) {
            assertThat(inline(text).findValues("marks")).isEmpty();
        }

        @Test
        void urlInsideEmphasis() {
            assertThat(inline("*https://x.io*")).isEqualTo(json(
                    "[{'type':'text','text':'https://x.io','marks':[{'type':'em'},{'type':'link','attrs':{'href'"
                            + ":'https://x.io'}}]}]"));
        }
    }

    @Nested
    class BreaksAndEscapes {

        @Test
        void twoTrailingSpacesMakeAHardBreak() {
            assertThat(inline("one  \ntwo")).isEqualTo(json(
                    "[{'type':'text','text':'one'},{'type':'hardBreak'},{'type':'text','text':'two'}]"));
        }

        @Test
        void backslashAtLineEndMakesAHardBreak() {
            assertThat(inline("one\\\ntwo")).isEqualTo(json(
                    "[{'type':'text','text':'one'},{'type':'hardBreak'},{'type':'text','text':'two'}]"));
        }

        @Test
        void oneTrailingSpaceIsASoftBreak() {
            assertLiteral("one \ntwo", "one two");
        }

        @Test
        void backslashEscapesMarkup() {
            assertLiteral("\\*not em\\* \\[not link\\](x) \\`tick\\` 1\\. \\\\",
                    "*not em* [not link](x) `tick` 1. \\\\");
        }

        @Test
        void backslashBeforeOtherCharactersIsKept() {
            assertLiteral("C:\\Users\\me", "C:\\\\Users\\\\me");
        }
    }
}
