package io.github.jiracloud.camel.consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JQL subset of webhook filters: what Jira accepts passes, anything else is named. */
class WebhookJqlFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"project = OPS", "project IN (OPS, DEV) AND issuetype != Bug",
            "(status NOT IN (Done, \"Won't do\") OR assignee = 5b10ac8d82e05b22cc7d4ef5) AND reporter != x",
            "issue.property[support].level = high", "cf[10014] = EPIC-1 or issueKey = OPS-1"})
    void acceptsTheSubset(String jql) {
        assertThatCode(() -> WebhookJqlFilter.check(jql)).doesNotThrowAnyException();
    }

    @Test
    void namesWhatIsOutsideIt() {
        assertThatThrownBy(() -> WebhookJqlFilter.check("project = OPS AND priority = High"))
                .hasMessageContaining("the field 'priority'");
        assertThatThrownBy(() -> WebhookJqlFilter.check("project ~ OPS")).hasMessageContaining("the operator '~'");
        assertThatThrownBy(() -> WebhookJqlFilter.check("NOT project = OPS")).hasMessageContaining("the field 'NOT'");
        assertThatThrownBy(() -> WebhookJqlFilter.check("project = OPS ORDER BY key"))
                .hasMessageContaining("'ORDER' where AND or OR was expected");
        assertThatThrownBy(() -> WebhookJqlFilter.check("project IN (OPS")).hasMessageContaining("ends where");
    }
}
