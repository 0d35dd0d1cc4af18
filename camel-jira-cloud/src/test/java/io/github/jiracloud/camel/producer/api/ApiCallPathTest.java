package io.github.jiracloud.camel.producer.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The api/call path stays under /rest/: a dot segment is refused however it is spelled, since Jira's Tomcat decodes
 * {@code %2e}, and reads {@code ..;} (a path parameter) as {@code ..}, before it resolves the path.
 */
class ApiCallPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/rest/api/3/../../admin", "/rest/api/3/./x", "/rest/api/3/.%2e/.%2e/admin",
            "/rest/api/3/%2e./%2e./admin", "/rest/api/3/%2E%2E/admin", "/rest/api/3/..;/..;/admin",
            "/rest/api/3/..;jsessionid=x/admin", "/rest/api/3/..%3b/admin", "/rest/api/3/%252e%252e/admin",
            "/rest/api/3/issue%2f..%2f..%2fadmin", "/rest/api/3/issue%5c..%5cadmin", "/rest/api/3/.%2E;/admin",
            "/rest/api/3/%zz/issue"})
    void dotSegmentsAreRefusedHoweverTheyAreSpelled(String path) {
        assertThatThrownBy(() -> ApiCall.checkedPath(path)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("api/call path").hasMessageContaining(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/rest/api/3/issue/OPS-1", "/rest/api/3/search/jql", "/rest/agile/1.0/board/1/sprint",
            "/rest/api/3/issue/OPS-1/properties/my.key", "/rest/api/3/user/search%20x", "/rest/api/3/a..b/c"})
    void ordinaryPathsPass(String path) {
        assertThat(ApiCall.checkedPath(path)).isEqualTo(path);
    }
}
