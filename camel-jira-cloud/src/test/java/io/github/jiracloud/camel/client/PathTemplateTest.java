package io.github.jiracloud.camel.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Path parameters stay inside their segment. */
class PathTemplateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "OPS-1|/rest/api/3/issue/OPS-1/comment",
            "OPS-1/../../admin|/rest/api/3/issue/OPS-1%2F..%2F..%2Fadmin/comment",
            "OPS-1?expand=x|/rest/api/3/issue/OPS-1%3Fexpand%3Dx/comment",
            "OPS-1#frag|/rest/api/3/issue/OPS-1%23frag/comment",
            "OPS%2F1|/rest/api/3/issue/OPS%252F1/comment",
            "ÖPS 1|/rest/api/3/issue/%C3%96PS%201/comment",
    })
    void encodesEachValueAsOneSegment(String key, String path) {
        assertThat(PathTemplate.expand("/rest/api/3/issue/{issueIdOrKey}/comment", key)).isEqualTo(path);
    }

    @Test
    void expandsEveryVariableInOrderAndLeavesOtherBracesAlone() {
        assertThat(PathTemplate.expand("/rest/api/3/issue/{issueIdOrKey}/comment/{id}/{not a name}", "OPS-1", 10))
                .isEqualTo("/rest/api/3/issue/OPS-1/comment/10/{not a name}");
        assertThatThrownBy(() -> PathTemplate.expand("/rest/api/3/issue/{issueIdOrKey}/comment/{id}", "OPS-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'id'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", ".", ".."})
    void refusesEmptyAndDotSegmentsNamingTheParameter(String key) {
        assertThatThrownBy(() -> PathTemplate.expand("/rest/api/3/issue/{issueIdOrKey}", key))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issueIdOrKey");
    }
}
