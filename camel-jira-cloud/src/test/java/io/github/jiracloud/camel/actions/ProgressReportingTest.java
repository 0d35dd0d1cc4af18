package io.github.jiracloud.camel.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraBadRequestException;
import io.github.jiracloud.camel.support.CapturedLog;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** issue/bulkCreate and searches report how far they got, in the log and in exchange properties. */
class ProgressReportingTest {

    private static JiraEmulator emulator;
    private JiraTestContext context;

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).seedDemoData(false).build().start();
        emulator.data().createIssues("DEV", 7);
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void startCamel() {
        context = new JiraTestContext(emulator);
    }

    @AfterEach
    void stopCamel() {
        context.close();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void bulkCreateLogsEachRequestAndSetsDoneAndTotal(Connections connection) {
        String options = connection.options(context, emulator);
        List<Object> issues = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            issues.add(Map.of("summary", "Progress " + connection + " " + i));
        }

        Exchange created;
        String log;
        try (CapturedLog captured = new CapturedLog()) {
            created = context.send("jira:issue/bulkCreate?project=OPS&issueType=Task&progressInterval=0&" + options,
                    issues);
            log = captured.text();
        }

        assertThat(created.getException()).isNull();
        assertThat(created.getProperty(JiraConstants.PROGRESS_DONE)).isEqualTo(120);
        assertThat(created.getProperty(JiraConstants.PROGRESS_TOTAL)).isEqualTo(120);
        assertThat(log).contains("issue/bulkCreate progress: 50 of 120 issues (41%)")
                .contains("issue/bulkCreate progress: 100 of 120 issues (83%)")
                .contains("issue/bulkCreate finished: 120 of 120 issues (100%)")
                .containsPattern("120 of 120 issues \\(100%\\) in [0-9.]+ s, [0-9.]+/s");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void aFailedBulkCreateCountsWhatWasAnsweredBeforeTheFailure() {
        List<Map<String, Object>> issues = new ArrayList<>();
        for (int i = 0; i < 110; i++) {
            issues.add(Map.of("summary", "Partial " + i));
        }
        // Not an array, as the spec wants: Jira refuses the second request as a whole.
        issues.set(60, Map.of("fields", Map.of("summary", "Malformed"), "properties", "not-a-list"));

        Exchange created = context.send("jira:issue/bulkCreate?project=OPS&issueType=Task&" + context.basic(), issues);

        assertThat(created.getException()).isInstanceOf(JiraBadRequestException.class);
        assertThat(created.getProperty(JiraConstants.PROGRESS_DONE)).isEqualTo(50);
        assertThat(created.getProperty(JiraConstants.PROGRESS_TOTAL)).isEqualTo(110);
        emulator.clearValidationErrors();
    }

    @Test
    void aStreamingSplitLeavesTheCountOnTheExchangeAndTheLogReportsIt() throws Exception {
        AtomicInteger seenInSplit = new AtomicInteger();
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:search")
                        .to("jira:search/jql?jql=project = DEV&pageSize=3&streamResults=true&progressInterval=0&"
                                + context.basic())
                        .split(body()).streaming()
                        .process(exchange -> seenInSplit.incrementAndGet())
                        .end();
            }
        });

        Exchange searched;
        String log;
        try (CapturedLog captured = new CapturedLog()) {
            searched = context.send("direct:search", null);
            log = captured.text();
        }

        assertThat(searched.getException()).isNull();
        assertThat(seenInSplit).hasValue(7);
        assertThat(searched.getProperty(JiraConstants.PROGRESS_DONE)).isEqualTo(7);
        assertThat(searched.getProperty(JiraConstants.PROGRESS_TOTAL)).as("enhanced search tells no total").isNull();
        assertThat(log).contains("search/jql progress: 3 issues in").contains("search/jql finished: 7 issues in");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void aListSearchSetsTheCountToo() {
        Exchange searched = context.send("jira:search/jql?jql=project = DEV&pageSize=5&" + context.basic(), null);

        assertThat(searched.getException()).isNull();
        assertThat(searched.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(7);
        assertThat(searched.getProperty(JiraConstants.PROGRESS_DONE)).isEqualTo(7);
    }
}
