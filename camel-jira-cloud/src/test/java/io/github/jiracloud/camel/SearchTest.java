package io.github.jiracloud.camel;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.jiracloud.camel.error.JiraBadRequestException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** JQL searches follow nextPageToken to the end, as a List or as a lazy stream. */
class SearchTest extends EmulatorTestBase {

    private static final int CREATED = 230;
    private static final String JQL = "project = DEV ORDER BY key ASC";

    private static int issuesInProject;

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
        emulator.data().createIssues("DEV", CREATED);
        issuesInProject = emulator.data().issueCount("DEV");
    }

    @BeforeEach
    void clearRequests() {
        emulator.clearRequests();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void returnsEveryPageInOrder(Connections connection) {
        String options = options(connection);
        Exchange result = context.send("jira:issue/search?pageSize=100&fields=summary,status&" + options, null,
                Map.of(JiraConstants.JQL, JQL));

        assertThat(result.getException()).isNull();
        List<Map<String, Object>> issues = issues(result.getMessage().getBody(List.class));
        assertThat(issues).hasSize(issuesInProject);
        assertThat(result.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(issuesInProject);
        assertThat(issues.get(0).get("key")).isEqualTo("DEV-1");
        assertThat(issues.get(issuesInProject - 1).get("key")).isEqualTo("DEV-" + issuesInProject);
        assertThat(issues).extracting(issue -> issue.get("key")).doesNotHaveDuplicates();
        assertThat(((Map<?, ?>) issues.get(5).get("fields")).get("summary")).isNotNull();
        assertThat(searchRequests()).isEqualTo((issuesInProject + 99) / 100);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void searchJqlStreamsPagesOnlyWhenAsked() {
        String options = options(Connections.BASIC);
        Exchange result = context.send("jira:search/jql?streamResults=true&pageSize=50&" + options, null,
                Map.of(JiraConstants.JQL, JQL));

        assertThat(result.getException()).isNull();
        Iterator<?> stream = result.getMessage().getBody(Iterator.class);
        assertThat(searchRequests()).as("only the first page is fetched up front").isEqualTo(1);
        List<Object> keys = new ArrayList<>();
        stream.forEachRemaining(issue -> keys.add(((Map<?, ?>) issue).get("key")));
        assertThat(keys).hasSize(issuesInProject).doesNotHaveDuplicates();
        assertThat(searchRequests()).isEqualTo((issuesInProject + 49) / 50);
    }

    @Test
    void aLimitStopsEarlyWithoutFetchingMorePages() {
        String options = options(Connections.BASIC);
        Exchange result = context.send("jira:search/jql?pageSize=100&limit=120&" + options, null,
                Map.of(JiraConstants.JQL, JQL));

        assertThat(result.getMessage().getBody(List.class)).hasSize(120);
        assertThat(searchRequests()).isEqualTo(2);
    }

    @Test
    void singlePageReturnsOnePageAndTheTokenOfTheNextUntilTheLast() {
        String uri = "jira:search/jql?singlePage=true&pageSize=100&fields=summary&" + options(Connections.BASIC);
        List<Object> keys = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Map<String, Object> asked = token == null
                    ? Map.of(JiraConstants.JQL, JQL)
                    : Map.of(JiraConstants.JQL, JQL, JiraConstants.NEXT_PAGE_TOKEN, token);
            Exchange page = context.send(uri, null, asked);
            assertThat(page.getException()).isNull();
            List<Map<String, Object>> issues = issues(page.getMessage().getBody(List.class));
            pages++;
            assertThat(searchRequests()).as("one request per page").isEqualTo(pages);
            assertThat(page.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(issues.size());
            issues.forEach(issue -> keys.add(issue.get("key")));
            token = page.getMessage().getHeader(JiraConstants.NEXT_PAGE_TOKEN, String.class);
            assertThat(issues).as("page " + pages).hasSize(token == null ? issuesInProject - 100 * (pages - 1) : 100);
        } while (token != null);

        assertThat(pages).isEqualTo((issuesInProject + 99) / 100);
        assertThat(keys).hasSize(issuesInProject).doesNotHaveDuplicates().startsWith("DEV-1");
    }

    @Test
    void fieldsNamesTheFieldsEachIssueCarries() {
        String options = options(Connections.BASIC);

        Exchange searched = context.send("jira:search/jql?fields=summary&limit=3&" + options, null,
                Map.of(JiraConstants.JQL, JQL));
        Exchange read = context.send("jira:issue/get?issueKey=DEV-1&fields=status,labels&" + options, null);

        assertThat(issues(searched.getMessage().getBody(List.class))).hasSize(3)
                .allSatisfy(issue -> assertThat(fieldNames(issue)).containsOnly("summary"));
        assertThat(fieldNames(read.getMessage().getBody(Map.class))).containsOnly("status", "labels");
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void countsTheIssuesAQueryMatchesWithoutFetchingThem(Connections connection) {
        String options = options(connection);

        Exchange dev = context.send("jira:search/count?" + options, null, Map.of(JiraConstants.JQL, "project = DEV"));
        Exchange ops = context.send("jira:search/count?jql=project = OPS&" + options, null);

        assertThat(dev.getException()).isNull();
        assertThat(dev.getMessage().getBody(Map.class)).containsEntry("count", issuesInProject);
        assertThat(dev.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(issuesInProject);
        int opsIssues = emulator.data().issueCount("OPS");
        assertThat(opsIssues).as("the two queries differ").isNotEqualTo(issuesInProject);
        assertThat(ops.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(opsIssues);
        assertThat(searchRequests()).as("no issue fetched").isZero();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void badJqlIsABadRequestCarryingJirasMessage() {
        String options = options(Connections.BASIC);
        Exchange result = context.send("jira:search/jql?" + options, null,
                Map.of(JiraConstants.JQL, "project = (DEV"));

        assertThat(result.getException()).isInstanceOf(JiraBadRequestException.class);
        assertThat(((JiraBadRequestException) result.getException()).getErrorMessages()).isNotEmpty();
    }

    @Test
    void aMissingJqlNamesTheHeaderAndTheOption() {
        String options = options(Connections.BASIC);
        Exchange result = context.send("jira:search/jql?" + options, null);

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JiraConstants.JQL).hasMessageContaining("option jql");
    }

    private static long searchRequests() {
        return emulator.requests().stream().filter(r -> r.path().endsWith("/rest/api/3/search/jql")).count();
    }

    private static Set<String> fieldNames(Map<?, ?> issue) {
        return ((Map<?, ?>) issue.get("fields")).keySet().stream().map(String::valueOf).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> issues(List<?> list) {
        return (List<Map<String, Object>>) list;
    }
}
