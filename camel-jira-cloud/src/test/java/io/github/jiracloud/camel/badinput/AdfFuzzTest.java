package io.github.jiracloud.camel.badinput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.camel.adf.Adf;
import io.github.jiracloud.camel.adf.AdfException;
import io.github.jiracloud.camel.adf.AdfShape;
import io.github.jiracloud.camel.adf.TextFormat;
import io.github.jiracloud.emulator.validation.AdfSchema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Fuzzes the text → ADF converters with Markdown-heavy soup: they never throw anything but the documented
 * {@link AdfException}, and what they return always passes {@link AdfShape#validate} and Atlassian's ADF schema.
 */
class AdfFuzzTest {

    private static final List<String> MARKDOWN = List.of("*", "**", "_", "__", "`", "```", "~~~", "~~", "#", "## ",
            "###### ", "- ", "* ", "+ ", "1. ", "2) ", "> ", ">> ", "[", "]", "](", ")", "(", "<", ">", "![", "\\",
            "http://x.test/a_b", "https://acme.atlassian.net/browse/OPS-1", "mailto:a@b.c", "<https://x.test>", "\n",
            "\n\n", "\r\n", "    ", "\t", " ", "  \n", "|", "---", "***", "===", "&amp;", "&#0;", "&#x1F600;", "word",
            "Ünï", "粗体", "👨‍👩‍👧", "\u0000", "\u200b", "\ud83d", "\ude00", "{", "}", "\"", "'", "1", "-1", "- [ ] ");

    @Test
    void markdownAlwaysGivesAValidDocument() {
        fuzz(1, Adf::fromMarkdown);
    }

    @Test
    void plainTextAlwaysGivesAValidDocument() {
        fuzz(2, Adf::fromPlainText);
    }

    @Test
    void aStringBodyInEitherFormatGivesAValidDocumentOrAnAdfException() {
        fuzz(3, text -> Adf.toDocument(text, TextFormat.MARKDOWN));
        fuzz(4, text -> Adf.toDocument(text, TextFormat.PLAIN));
    }

    @Test
    void structuredBodiesGiveADocumentOrAnAdfException() {
        assertTimeoutPreemptively(BadInput.HANG_GUARD, () -> {
            Fuzz fuzz = new Fuzz(5);
            for (int i = 0; i < Fuzz.TRIES; i++) {
                Object value = randomValue(fuzz, 3);
                try {
                    Adf.toDocument(value, fuzz.chance(50) ? TextFormat.MARKDOWN : TextFormat.PLAIN);
                } catch (AdfException expected) {
                    assertThat(expected.getMessage()).as("AdfException for " + value).isNotBlank();
                } catch (RuntimeException unexpected) {
                    fail("toDocument(" + value + ") threw " + unexpected, unexpected);
                }
            }
        });
    }

    private static void fuzz(long seed, Function<String, JsonNode> converter) {
        assertTimeoutPreemptively(BadInput.HANG_GUARD, () -> {
            Fuzz fuzz = new Fuzz(seed);
            AdfSchema schema = AdfSchema.required();
            for (int i = 0; i < Fuzz.TRIES; i++) {
                String text = fuzz.text(MARKDOWN, 60);
                JsonNode doc;
                try {
                    doc = converter.apply(text);
                } catch (AdfException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                    continue;
                } catch (RuntimeException unexpected) {
                    throw new AssertionError("seed " + seed + " try " + i + " threw on " + quoted(text), unexpected);
                }
                assertThat(AdfShape.validate(doc)).as("seed " + seed + " try " + i + ": " + quoted(text)).isEmpty();
                assertThat(schema.problems(doc)).as("schema, seed " + seed + " try " + i + ": " + quoted(text))
                        .isEmpty();
            }
        });
    }

    /** Maps, lists, strings, numbers and nulls, some looking like ADF. */
    private static Object randomValue(Fuzz fuzz, int depth) {
        int kind = depth == 0 ? fuzz.below(3) : fuzz.below(6);
        switch (kind) {
            case 0 :
                return fuzz.text(MARKDOWN, 8);
            case 1 :
                return fuzz.chance(50) ? fuzz.below(1000) : null;
            case 2 :
                return fuzz.chance(50);
            case 3 : {
                List<Object> list = new ArrayList<>();
                for (int i = fuzz.below(4); i > 0; i--) {
                    list.add(randomValue(fuzz, depth - 1));
                }
                return list;
            }
            default : {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = fuzz.below(4); i > 0; i--) {
                    String key = fuzz.pick(List.of("type", "version", "content", "text", "attrs", "marks", "x"));
                    Object value = fuzz.chance(30)
                            ? fuzz.pick(List.of("doc", "paragraph", "text", 1, "bold"))
                            : randomValue(fuzz, depth - 1);
                    map.put(key, value);
                }
                return map;
            }
        }
    }

    private static String quoted(String text) {
        StringBuilder shown = new StringBuilder("\"");
        text.codePoints().forEach(c -> shown.append(c < 0x20 || c >= 0xd800 && c <= 0xdfff
                ? String.format("\\u%04x", c)
                : Character.toString(c)));
        return shown.append('"').toString();
    }
}
