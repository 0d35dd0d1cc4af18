package io.github.jiracloud.emulator.routing;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathIndexTest {

    @Test
    void literalSegmentsWinOverVariables() {
        PathIndex<String> index = new PathIndex<>();
        index.put(PathTemplate.of("/rest/api/3/issue/{issueIdOrKey}"), "issue");
        index.put(PathTemplate.of("/rest/api/3/issue/picker"), "picker");

        assertThat(index.find("/rest/api/3/issue/picker").orElseThrow().value()).isEqualTo("picker");
        PathIndex.Match<String> issue = index.find("/rest/api/3/issue/OPS-1").orElseThrow();
        assertThat(issue.value()).isEqualTo("issue");
        assertThat(issue.variables()).isEqualTo(Map.of("issueIdOrKey", "OPS-1"));
    }

    @Test
    void segmentCountsMustMatch() {
        PathIndex<String> index = new PathIndex<>();
        index.put(PathTemplate.of("/rest/api/3/issue/{issueIdOrKey}"), "issue");

        assertThat(index.find("/rest/api/3/issue")).isEmpty();
        assertThat(index.find("/rest/api/3/issue/OPS-1/comment")).isEmpty();
        assertThat(index.find("/rest/api/3/issue/")).isEmpty();
    }
}
