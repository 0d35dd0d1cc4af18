package io.github.jiracloud.camel.adf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.jiracloud.camel.adf.AdfTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

class AdfShapeTest {

    private static List<String> problemsOf(String singleQuotedJson) {
        return AdfShape.validate(json(singleQuotedJson));
    }

    /** A document whose only block is the given one. */
    private static List<String> problemsOfBlock(String block) {
        return problemsOf("{'type':'doc','version':1,'content':[" + block + "]}");
    }

    /** A document with one paragraph holding the given inline node. */
    private static List<String> problemsOfInline(String inline) {
        return problemsOfBlock("{'type':'paragraph','content':[" + inline + "]}");
    }

    @Test
    void acceptsEveryNodeAndMarkItKnows() {
        assertThat(problemsOf(
                """
                        {'type':'doc','version':1,'content':[
                         {'type':'heading','attrs':{'level':3},'content':[{'type':'text','text':'H'}]},
                         {'type':'paragraph'},
                         {'type':'paragraph','content':[
                          {'type':'text','text':'all','marks':[{'type':'strong'},{'type':'em'},
                            {'type':'strike'},{'type':'underline'},
                           {'type':'subsup','attrs':{'type':'sup'}},{'type':'link','attrs':{'href':'https://x.io'}}]},
                          {'type':'text','text':'c','marks':[{'type':'code'},
                            {'type':'link','attrs':{'href':'https://x.io'}}]},
                          {'type':'hardBreak'},
                          {'type':'mention','attrs':{'id':'abc'}},
                          {'type':'emoji','attrs':{'shortName':':smile:'}},
                          {'type':'inlineCard','attrs':{'url':'https://x.io'}}]},
                         {'type':'bulletList','content':[{'type':'listItem','content':[
                          {'type':'paragraph','content':[]},
                          {'type':'orderedList','attrs':{'order':0},
                            'content':[{'type':'listItem','content':[{'type':'codeBlock'}]}]}]}]},
                         {'type':'codeBlock','attrs':{'language':'java'},'content':[{'type':'text','text':'x'}]},
                         {'type':'blockquote','content':[{'type':'paragraph','content':[{'type':'text','text':'q'}]}]},
                         {'type':'rule'},
                         {'type':'panel','attrs':{'panelType':'warning'},
                           'content':[{'type':'heading','attrs':{'level':1}}]}]}
                        """))
                .isEmpty();
    }

    @Test
    void acceptsTheEmptyDocument() {
        assertThat(problemsOf("{'type':'doc','version':1,'content':[]}")).isEmpty();
    }

    @Test
    void refusesWhatIsNoDocumentAtAll() {
        assertThat(AdfShape.validate(null)).singleElement().asString().contains("must be a JSON object");
        assertThat(problemsOf("[]")).singleElement().asString().startsWith("/: ").contains("found []");
        assertThat(problemsOf("{'type':'paragraph','version':2}")).containsExactly(
                "/: the root node must have type 'doc', found \"paragraph\"",
                "/: 'version' must be 1, found 2",
                "/: 'content' must be an array of block nodes, found nothing");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'type':'text','text':'loose'}|/content/0: 'text' is not allowed inside 'doc'; allowed there: "
                    + "[blockquote, bulletList, codeBlock, heading, orderedList, panel, paragraph, rule]",
            "{'type':'table','content':[]}|/content/0: unknown node type 'table'",
            "{'content':[]}|/content/0: a node needs a string 'type', found nothing",
            "5|/content/0: a node must be a JSON object, found 5",
            "{'type':'heading','attrs':{'level':7}}|/content/0: a heading needs attrs.level from 1 to 6, found 7",
            "{'type':'heading','attrs':{'level':0}}|/content/0: a heading needs attrs.level from 1 to 6, found 0",
            "{'type':'heading'}|/content/0: a heading needs attrs.level from 1 to 6, found nothing",
            "{'type':'heading','attrs':{'level':1.5}}|/content/0: a heading needs attrs.level from 1 to 6, found 1.5",
            "{'type':'bulletList','content':[]}|/content/0: 'bulletList' needs at least one node in 'content'",
            "{'type':'orderedList','attrs':{'order':-1},'content':[{'type':'listItem','content':[{'type':'paragr"
                    + "aph'}]}]}|/content/0: attrs.order must be a whole number of 0 or more",
            "{'type':'bulletList','content':[{'type':'paragraph'}]}|/content/0/content/0: 'paragraph' is not "
                    + "allowed inside 'bulletList'; allowed there: [listItem]",
            "{'type':'bulletList','content':[{'type':'listItem'}]}|/content/0/content/0: 'listItem' needs at "
                    + "least one node in 'content'",
            "{'type':'blockquote','content':[{'type':'heading','attrs':{'level':1}}]}|/content/0/content/0: "
                    + "'heading' is not allowed inside 'blockquote'; allowed there: [bulletList, codeBlock, "
                    + "orderedList, paragraph]",
            "{'type':'codeBlock','content':[{'type':'text','text':'x','marks':[{'type':'strong'}]}]}|/content/0/"
                    + "content/0: text inside a codeBlock cannot have marks",
            "{'type':'codeBlock','content':[{'type':'hardBreak'}]}|/content/0/content/0: 'hardBreak' is not "
                    + "allowed inside 'codeBlock'; allowed there: [text]",
            "{'type':'codeBlock','attrs':{'language':5}}|/content/0: attrs.language must be a string",
            "{'type':'rule','content':[{'type':'text','text':'x'}]}|/content/0: 'rule' cannot have content",
            "{'type':'paragraph','content':{}}|/content/0: 'content' must be an array, found {}",
            "{'type':'paragraph','attrs':[]}|/content/0: 'attrs' must be an object, found []",
            "{'type':'paragraph','marks':[{'type':'strong'}]}|/content/0: only text nodes can have marks, "
                    + "'paragraph' has some",
            "{'type':'panel','attrs':{'panelType':'purple'},'content':[{'type':'paragraph'}]}|/content/0: a "
                    + "panel needs attrs.panelType, one of [custom, error, info, note, success, warning]"})
    void blockProblems(String block, String problem) {
        assertThat(problemsOfBlock(block)).containsExactly(problem);
    }

    @Test
    void listItemMustNotStartWithAList() {
        assertThat(problemsOfBlock("{'type':'bulletList','content':[{'type':'listItem','content':["
                + "{'type':'bulletList','content':[{'type':'listItem','content':[{'type':'paragraph'}]}]}]}]}"))
                .containsExactly(
                        "/content/0/content/0/content/0: a listItem must start with a paragraph or codeBlock, "
                                + "not a nested list");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'type':'text','text':''}|/content/0/content/0: a text node needs a non-empty 'text'",
            "{'type':'text'}|/content/0/content/0: a text node needs a non-empty 'text'",
            "{'type':'text','text':5}|/content/0/content/0: a text node needs a non-empty 'text'",
            "{'type':'paragraph'}|/content/0/content/0: 'paragraph' is not allowed inside 'paragraph'; allowed "
                    + "there: [emoji, hardBreak, inlineCard, mention, text]",
            "{'type':'text','text':'x','marks':[{'type':'bold'}]}|/content/0/content/0/marks/0: unknown mark "
                    + "\"bold\"; allowed: [code, em, link, strike, strong, subsup, underline]",
            "{'type':'text','text':'x','marks':[{'type':'link'}]}|/content/0/content/0/marks/0: a link mark "
                    + "needs attrs.href",
            "{'type':'text','text':'x','marks':[{'type':'link','attrs':{'href':''}}]}|/content/0/content/0/marks"
                    + "/0: a link mark needs attrs.href",
            "{'type':'text','text':'x','marks':[{'type':'em'},{'type':'em'}]}|/content/0/content/0/marks/1: the "
                    + "mark 'em' appears more than once",
            "{'type':'text','text':'x','marks':[{'type':'code'},{'type':'strong'},{'type':'em'}]}|/content/0/con"
                    + "tent/0: the code mark can only be combined with link, found also [em, strong]",
            "{'type':'text','text':'x','marks':[{'type':'subsup','attrs':{'type':'up'}}]}|/content/0/content/0/m"
                    + "arks/0: a subsup mark needs attrs.type 'sub' or 'sup'",
            "{'type':'text','text':'x','marks':{}}|/content/0/content/0: 'marks' must be an array, found {}",
            "{'type':'hardBreak','marks':[{'type':'em'}]}|/content/0/content/0: only text nodes can have marks, "
                    + "'hardBreak' has some",
            "{'type':'mention','attrs':{}}|/content/0/content/0: a mention needs attrs.id",
            "{'type':'emoji'}|/content/0/content/0: an emoji needs attrs.shortName",
            "{'type':'inlineCard','attrs':{}}|/content/0/content/0: an inlineCard needs attrs.url or attrs.data"})
    void inlineProblems(String inline, String problem) {
        assertThat(problemsOfInline(inline)).containsExactly(problem);
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        assertThat(problemsOf("{'type':'doc','version':1,'content':[{'type':'paragraph','content':["
                + "{'type':'text','text':''},{'type':'text','text':'x','marks':[{'type':'link'}]}]},{'type':'bul"
                + "letList'}]}"))
                .hasSize(3);
    }
}
