package io.github.jiracloud.camel.actions;

import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraNotFoundException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** watcher/add, watcher/list and watcher/remove, for a named user and for the caller, with Basic and OAuth 2.0. */
class WatcherActionsTest extends EmulatorTestBase {

    private static String dana;

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
        dana = emulator.data().addUser("dana@example.com", "Dana Example");
    }

    private static String newIssue() {
        return emulator.data().createIssue(Map.of("project", Map.of("key", "OPS"), "issuetype", Map.of("name", "Task"),
                "summary", "Watch me"));
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void addsListsAndRemovesAWatcher(Connections connection) {
        String options = options(connection);
        String key = newIssue();
        Map<String, Object> headers = Map.of(JiraConstants.ISSUE_KEY, key, JiraConstants.ACCOUNT_ID, dana);

        Exchange added = context.send("jira:watcher/add?" + options, null, headers);
        assertThat(added.getException()).isNull();
        assertThat(added.getMessage().getBody()).isNull();
        assertThat(added.getMessage().getHeader(JiraConstants.ACCOUNT_ID)).isEqualTo(dana);

        Exchange listed = context.send("jira:watcher/list?" + options, null, Map.of(JiraConstants.ISSUE_KEY, key));
        assertThat(listed.getException()).isNull();
        List<Map<String, Object>> watchers = listed.getMessage().getBody(List.class);
        assertThat(watchers).extracting(user -> user.get("displayName")).containsExactly("Dana Example");
        assertThat(listed.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(1);
        assertThat(watchCount(key)).isEqualTo(1);

        Exchange removed = context.send("jira:watcher/remove?issueKey=" + key + "&accountId=" + dana + "&" + options,
                null);
        assertThat(removed.getException()).isNull();
        assertThat(context.send("jira:watcher/list?issueKey=" + key + "&" + options, null).getMessage()
                .getBody(List.class)).isEmpty();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void withoutAnAccountIdTheCallerWatches(Connections connection) {
        String options = options(connection);
        String key = newIssue();
        String me = (String) context.send("jira:user/myself?" + options, null).getMessage().getBody(Map.class)
                .get("accountId");

        Exchange added = context.send("jira:watcher/add?issueKey=" + key + "&" + options, null);

        assertThat(added.getException()).isNull();
        assertThat(added.getMessage().getHeader(JiraConstants.ACCOUNT_ID)).isEqualTo(me);
        assertThat(context.send("jira:watcher/list?issueKey=" + key + "&" + options, null).getMessage()
                .getBody(List.class)).extracting(user -> ((Map<?, ?>) user).get("accountId")).containsExactly(me);

        context.send("jira:watcher/remove?issueKey=" + key + "&" + options, null);
        assertThat(watchCount(key)).isZero();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void watchingAnUnknownIssueIsNotFound() {
        String options = options(Connections.BASIC);

        Exchange added = context.send("jira:watcher/add?issueKey=OPS-999999&accountId=" + dana + "&" + options, null);

        assertThat(added.getException()).isInstanceOf(JiraNotFoundException.class);
    }

    @Test
    void anUnknownUserCannotWatch() {
        String options = options(Connections.BASIC);

        Exchange added = context.send("jira:watcher/add?issueKey=" + newIssue() + "&" + options, null,
                Map.of(JiraConstants.ACCOUNT_ID, "712020:no-such-user"));

        assertThat(added.getException()).isInstanceOf(JiraNotFoundException.class)
                .hasMessageContaining("712020:no-such-user");
    }

    @Test
    void listingWithoutAnIssueNamesTheHeader() {
        String options = options(Connections.BASIC);

        Exchange listed = context.send("jira:watcher/list?" + options, null);

        assertThat(listed.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JiraConstants.ISSUE_KEY);
    }

    private static int watchCount(String key) {
        Map<?, ?> fields = (Map<?, ?>) emulator.data().issue(key).orElseThrow().get("fields");
        return ((Number) ((Map<?, ?>) fields.get("watches")).get("watchCount")).intValue();
    }
}
