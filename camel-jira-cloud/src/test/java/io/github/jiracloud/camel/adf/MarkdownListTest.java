package io.github.jiracloud.camel.adf;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.jiracloud.camel.adf.AdfTestSupport.blocks;
import static io.github.jiracloud.camel.adf.AdfTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

class MarkdownListTest {

    private static final String TWO_ITEMS = "[{'type':'listItem','content':[{'type':'paragraph','content':[{'typ"
            + "e':'text','text':'a'}]}]},"
            + "{'type':'listItem','content':[{'type':'paragraph','content':[{'type':'text','text':'b'}]}]}]";

    @ParameterizedTest
    @ValueSource(strings = {"- a\n- b", "* a\n* b", "+ a\n+ b", "-\ta\n-   b"})
    void bulletLists(String markdown) {
        assertThat(blocks(markdown)).isEqualTo(json("[{'type':'bulletList','content':" + TWO_ITEMS + "}]"));
    }

    @Test
    void anotherBulletCharacterStartsANewList() {
        // CommonMark 0.31, 5.3: changing the bullet character starts a new list.
        assertThat(blocks("- a\n* b")).extracting(block -> block.get("type").asText())
                .containsExactly("bulletList", "bulletList");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1. a\n2. b", "1) a\n2) b", "1. a\n1. b", "1. a\n\n2. b"})
    void orderedLists(String markdown) {
        assertThat(blocks(markdown)).isEqualTo(json(
                "[{'type':'orderedList','attrs':{'order':1},'content':" + TWO_ITEMS + "}]"));
    }

    @Test
    void orderedListKeepsItsStartingNumber() {
        assertThat(blocks("7. a\n8. b").at("/0/attrs/order").asInt()).isEqualTo(7);
        assertThat(blocks("0. zero").at("/0/attrs/order").asInt()).isEqualTo(0);
    }

    @Test
    void nestedByTwoSpaces() {
        JsonNode list = blocks("- a\n  - b\n    - c\n- d").get(0);
        assertThat(list.get("content")).hasSize(2);
        JsonNode a = list.at("/content/0");
        assertThat(a.at("/content/0/content/0/text").asText()).isEqualTo("a");
        assertThat(a.at("/content/1/type").asText()).isEqualTo("bulletList");
        assertThat(a.at("/content/1/content/0/content/0/content/0/text").asText()).isEqualTo("b");
        assertThat(a.at("/content/1/content/0/content/1/content/0/content/0/content/0/text").asText()).isEqualTo("c");
        assertThat(list.at("/content/1/content/0/content/0/text").asText()).isEqualTo("d");
    }

    @Test
    void nestedByFourSpacesOrTabs() {
        JsonNode expected = blocks("- a\n  - b\n    - c");
        assertThat(blocks("- a\n    - b\n        - c")).isEqualTo(expected);
        assertThat(blocks("- a\n\t- b\n\t\t- c")).isEqualTo(expected);
    }

    @Test
    void orderedAndBulletNestInEachOther() {
        JsonNode list = blocks("1. first\n   - detail\n2. second\n   1. sub").get(0);
        assertThat(list.get("type").asText()).isEqualTo("orderedList");
        assertThat(list.at("/content/0/content/1/type").asText()).isEqualTo("bulletList");
        assertThat(list.at("/content/1/content/1/type").asText()).isEqualTo("orderedList");
    }

    @Test
    void aMarkerLessIndentedThanTheItemsTextIsASibling() {
        // CommonMark 0.31, 5.2: a nested block starts at the item's content column (3 after "2. "), not at 2 spaces.
        JsonNode list = blocks("1. first\n2. second\n  1. sub").get(0);
        assertThat(list.get("content")).hasSize(3);
    }

    @Test
    void lessIndentedMarkerIsASibling() {
        JsonNode list = blocks("- a\n - b\n- c").get(0);
        assertThat(list.get("content")).hasSize(3);
    }

    @Test
    void itemWithSeveralParagraphsAndLazyLines() {
        JsonNode item = blocks("- first line\ncontinued lazily\n\n  second paragraph\n- next").at("/0/content/0");
        assertThat(item).isEqualTo(json("{'type':'listItem','content':["
                + "{'type':'paragraph','content':[{'type':'text','text':'first line continued lazily'}]},"
                + "{'type':'paragraph','content':[{'type':'text','text':'second paragraph'}]}]}"));
    }

    @Test
    void blankLineThenUnindentedTextEndsTheList() {
        JsonNode blocks = blocks("- a\n\nafter");
        assertThat(blocks).extracting(node -> node.get("type").asText()).containsExactly("bulletList", "paragraph");
    }

    @Test
    void switchingBetweenBulletsAndNumbersStartsANewList() {
        assertThat(blocks("- a\n1. b")).extracting(node -> node.get("type").asText())
                .containsExactly("bulletList", "orderedList");
    }

    @Test
    void emptyItemGetsAnEmptyParagraph() {
        assertThat(blocks("-\n- b").at("/0/content/0")).isEqualTo(json(
                "{'type':'listItem','content':[{'type':'paragraph','content':[]}]}"));
    }

    @Test
    void itemStartingWithANestedListGetsAParagraphFirstBecauseAdfRequiresIt() {
        JsonNode item = blocks("- - inner").at("/0/content/0");
        assertThat(item.at("/content/0")).isEqualTo(json("{'type':'paragraph','content':[]}"));
        assertThat(item.at("/content/1/type").asText()).isEqualTo("bulletList");
    }

    @Test
    void headingsAndQuotesInsideItemsBecomeParagraphs() {
        JsonNode item = blocks("- # Title\n  > quoted").at("/0/content/0");
        assertThat(item).isEqualTo(json("{'type':'listItem','content':["
                + "{'type':'paragraph','content':[{'type':'text','text':'Title'}]},"
                + "{'type':'paragraph','content':[{'type':'text','text':'quoted'}]}]}"));
    }

    @Test
    void bulletListInterruptsAParagraph() {
        assertThat(blocks("Steps:\n- one\n- two")).extracting(node -> node.get("type").asText())
                .containsExactly("paragraph", "bulletList");
    }

    @Test
    void numberOtherThanOneDoesNotInterruptAParagraph() {
        assertThat(blocks("It happened in\n2024. Then it stopped.")).isEqualTo(json(
                "[{'type':'paragraph','content':[{'type':'text','text':'It happened in 2024. Then it stopped.'}]}]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-no space", "1.5 litres", "1234567890. too long", "+1 vote"})
    void notListMarkers(String text) {
        assertThat(blocks(text).get(0).get("type").asText()).isEqualTo("paragraph");
    }

    @Test
    void starsOnTheirOwnAreARuleNotAList() {
        assertThat(blocks("* * *").get(0).get("type").asText()).isEqualTo("rule");
    }

    @Test
    void itemsKeepInlineFormatting() {
        assertThat(blocks("- **bold** item").at("/0/content/0/content/0/content/0/marks/0/type").asText())
                .isEqualTo("strong");
    }
}
