package io.github.jiracloud.camel.adf;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.jiracloud.camel.adf.AdfTestSupport.JSON;
import static io.github.jiracloud.camel.adf.AdfTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdfToDocumentTest {

    /** A document the converters would never write (a panel and a mention), to prove it is passed through. */
    private static final String HAND_MADE = "{'type':'doc','version':1,'content':[{'type':'panel','attrs':{'pane"
            + "lType':'info'},"
            + "'content':[{'type':'paragraph','content':[{'type':'mention','attrs':{'id':'557058:abc','text':'@Ann'}},"
            + "{'type':'text','text':' **not markdown**'}]}]}]}";

    @ParameterizedTest
    @EnumSource(TextFormat.class)
    void nullStaysNull(TextFormat format) {
        assertThat(Adf.toDocument(null, format)).isNull();
    }

    @ParameterizedTest
    @EnumSource(TextFormat.class)
    void documentAsJsonNodeIsReturnedAsIs(TextFormat format) {
        JsonNode doc = json(HAND_MADE);
        assertThat(Adf.toDocument(doc, format)).isSameAs(doc);
        assertThat(doc).isEqualTo(json(HAND_MADE));
    }

    @ParameterizedTest
    @EnumSource(TextFormat.class)
    void documentAsMapPassesThroughUnchanged(TextFormat format) throws Exception {
        Map<?, ?> map = JSON.treeToValue(json(HAND_MADE), Map.class);
        assertThat(Adf.toDocument(map, format)).isEqualTo(json(HAND_MADE));
    }

    @ParameterizedTest
    @EnumSource(TextFormat.class)
    void documentAsJsonStringPassesThroughUnchanged(TextFormat format) {
        assertThat(Adf.toDocument("  \n" + json(HAND_MADE).toPrettyString(), format)).isEqualTo(json(HAND_MADE));
    }

    @Test
    void stringIsConvertedAsTheFormatSays() {
        assertThat(Adf.toDocument("**hi**", TextFormat.PLAIN)).isEqualTo(Adf.fromPlainText("**hi**"));
        assertThat(Adf.toDocument("**hi**", TextFormat.MARKDOWN)).isEqualTo(Adf.fromMarkdown("**hi**"));
    }

    @Test
    void jsonStringNodeIsReadAsText() {
        assertThat(Adf.toDocument(JsonNodeFactory.instance.textNode("a\nb"), TextFormat.PLAIN))
                .isEqualTo(Adf.fromPlainText("a\nb"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{code}x{code}", "{\"type\":\"doc\",\"version\":2,\"content\":[]}", "{\"a\":1}",
            "{\"type\":\"doc\",\"version\":1,\"content\":[]} and more", "{ broken"})
    void textThatOnlyLooksLikeJsonIsConvertedAsText(String text) {
        assertThat(Adf.toDocument(text, TextFormat.PLAIN)).isEqualTo(Adf.fromPlainText(text));
    }

    @Test
    void otherTypesAreRefusedWithAFix() {
        assertThatThrownBy(() -> Adf.toDocument(42, TextFormat.PLAIN))
                .isInstanceOf(AdfException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Integer")
                .hasMessageContaining("convertBodyTo(String.class)");
        assertThatThrownBy(() -> Adf.toDocument(new byte[]{1}, TextFormat.MARKDOWN))
                .isInstanceOf(AdfException.class)
                .hasMessageContaining("byte[]");
    }

    @Test
    void jsonThatIsNotADocumentIsRefused() {
        assertThatThrownBy(() -> Adf.toDocument(json("{'type':'paragraph','content':[]}"), TextFormat.PLAIN))
                .isInstanceOf(AdfException.class)
                .hasMessageContaining("not an ADF document")
                .hasMessageContaining("paragraph");
        assertThatThrownBy(() -> Adf.toDocument(Map.of("text", "hi"), TextFormat.PLAIN))
                .isInstanceOf(AdfException.class)
                .hasMessageContaining("Map")
                .hasMessageContaining("[text]");
    }

    @Test
    void mapThatJacksonCannotReadIsRefused() {
        assertThatThrownBy(() -> Adf.toDocument(Map.of("type", new Object()), TextFormat.PLAIN))
                .isInstanceOf(AdfException.class);
    }

    @Test
    void isDocument() {
        assertThat(Adf.isDocument(json("{'type':'doc','version':1,'content':[]}"))).isTrue();
        assertThat(Adf.isDocument(json("{'version':1,'content':[],'type':'doc'}"))).isTrue();
        assertThat(Adf.isDocument(null)).isFalse();
        assertThat(Adf.isDocument(json("[]"))).isFalse();
        assertThat(Adf.isDocument(json("{'type':'doc','version':1}"))).isFalse();
        assertThat(Adf.isDocument(json("{'type':'doc','version':'1','content':[]}"))).isFalse();
        assertThat(Adf.isDocument(json("{'type':'doc','version':1,'content':{}}"))).isFalse();
        assertThat(Adf.isDocument(json("{'type':'paragraph','version':1,'content':[]}"))).isFalse();
    }

    @Test
    void textFormatOptionValues() {
        assertThat(TextFormat.of("plain")).isEqualTo(TextFormat.PLAIN);
        assertThat(TextFormat.of(" Markdown ")).isEqualTo(TextFormat.MARKDOWN);
        assertThat(List.of(TextFormat.values())).extracting(TextFormat::optionValue).containsExactly("plain",
                "markdown");
        assertThatThrownBy(() -> TextFormat.of("wiki"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wiki")
                .hasMessageContaining("plain, markdown");
    }
}
