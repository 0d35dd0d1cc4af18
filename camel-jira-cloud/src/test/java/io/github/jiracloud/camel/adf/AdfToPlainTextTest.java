package io.github.jiracloud.camel.adf;

import org.junit.jupiter.api.Test;

import static io.github.jiracloud.camel.adf.AdfTestSupport.json;
import static io.github.jiracloud.camel.adf.AdfTestSupport.markdown;
import static org.assertj.core.api.Assertions.assertThat;

class AdfToPlainTextTest {

    @Test
    void nullAndEmptyGiveEmptyText() {
        assertThat(Adf.toPlainText(null)).isEmpty();
        assertThat(Adf.toPlainText(Adf.fromPlainText(""))).isEmpty();
    }

    @Test
    void blocksAreSeparatedByBlankLinesAndMarksDropped() {
        assertThat(Adf.toPlainText(
                markdown("# Title\n\nSome **bold** [link](https://x.io)  \nnext\n\n---\n\n```\ncode\n```")))
                .isEqualTo("Title\n\nSome bold link\nnext\n\n---\n\ncode");
    }

    @Test
    void listsAreIndentedAndNumbered() {
        assertThat(
                Adf.toPlainText(markdown("- a\n  - b\n    second line  \n    continued\n- c\n\n3. x\n4. y\n   1. z")))
                .isEqualTo("- a\n  - b second line\n    continued\n- c\n\n3. x\n4. y\n   1. z");
    }

    @Test
    void quotesArePrefixed() {
        assertThat(Adf.toPlainText(markdown("> one\n>\n> two"))).isEqualTo("> one\n> \n> two");
    }

    @Test
    void mentionsEmojiAndCardsGiveTheirText() {
        assertThat(Adf.toPlainText(json("{'type':'doc','version':1,'content':[{'type':'paragraph','content':["
                + "{'type':'mention','attrs':{'id':'abc','text':'@Ann'}},{'type':'text','text':' '},"
                + "{'type':'mention','attrs':{'id':'def'}},{'type':'text','text':' '},"
                + "{'type':'emoji','attrs':{'shortName':':tada:','text':'🎉'}},{'type':'text','text':' '},"
                + "{'type':'inlineCard','attrs':{'url':'https://x.io'}}]}]}")))
                .isEqualTo("@Ann @def 🎉 https://x.io");
    }

    @Test
    void unknownNodesGiveTheirText() {
        assertThat(Adf.toPlainText(json("{'type':'doc','version':1,'content':["
                + "{'type':'table','content':[{'type':'tableRow','content':["
                + "{'type':'tableCell','content':[{'type':'paragraph','content':[{'type':'text','text':'A1'}]}]},"
                + "{'type':'tableCell','content':[{'type':'paragraph','content':[{'type':'text','text':'B1'}]}]}]}]},"
                + "{'type':'paragraph','content':[{'type':'status','attrs':{'text':'DONE','color':'green'}}]}]}")))
                .isEqualTo("A1\n\nB1\n\nDONE");
    }
}
