package io.github.jiracloud.camel.actions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraNotFoundException;
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

/** user/myself, user/get, and the user searches over every page of their plain arrays, with Basic and OAuth 2.0. */
class UserActionsTest extends EmulatorTestBase {

    private static final int PEOPLE = 130;
    private static final int BOTS = 20;

    private static String firstPerson;

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
        for (int i = 1; i <= PEOPLE; i++) {
            String id = emulator.data().addUser(String.format("zed%03d@example.com", i),
                    String.format("Zed User %03d", i));
            firstPerson = i == 1 ? id : firstPerson;
        }
        for (int i = 1; i <= BOTS; i++) {
            emulator.data().addAppUser(String.format("Zed Bot %03d", i));
        }
    }

    @BeforeEach
    void clearRequests() {
        emulator.clearRequests();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void myselfIsTheCallerWithItsAccountIdInTheHeader(Connections connection) {
        String options = options(connection);

        Exchange me = context.send("jira:user/myself?" + options, null);

        assertThat(me.getException()).isNull();
        Map<String, Object> user = me.getMessage().getBody(Map.class);
        assertThat(user).containsEntry("emailAddress", JiraEmulator.DEMO_EMAIL);
        assertThat(me.getMessage().getHeader(JiraConstants.ACCOUNT_ID)).isEqualTo(user.get("accountId"));
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void getsAUserByAccountId(Connections connection) {
        String options = options(connection);

        Exchange read = context.send("jira:user/get?" + options, null, Map.of(JiraConstants.ACCOUNT_ID, firstPerson));

        assertThat(read.getException()).isNull();
        assertThat(read.getMessage().getBody(Map.class)).containsEntry("displayName", "Zed User 001")
                .containsEntry("accountId", firstPerson);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void searchReturnsEveryPageAndStopsAtTheFirstShortOne(Connections connection) {
        String options = options(connection);

        Exchange found = context.send("jira:user/search?query=zed&pageSize=50&" + options, null);

        assertThat(found.getException()).isNull();
        List<Map<String, Object>> users = found.getMessage().getBody(List.class);
        assertThat(users).hasSize(PEOPLE + BOTS).extracting(user -> user.get("accountId")).doesNotHaveDuplicates();
        assertThat(found.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(PEOPLE + BOTS);
        // 150 users: pages of 50, 50, 50 and an empty one that ends it
        assertThat(requestsTo("/user/search")).isEqualTo(4);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void searchMatchesTheStartOfAnyWordOrTheEmailAddress() {
        String options = options(Connections.BASIC);

        Exchange byWord = context.send("jira:user/search?query=bot&" + options, null);
        Exchange byEmail = context.send("jira:user/search?query=zed12&pageSize=3&" + options, null);

        assertThat(byWord.getMessage().getBody(List.class)).hasSize(BOTS);
        assertThat(byEmail.getMessage().getBody(List.class)).extracting(user -> ((Map<?, ?>) user).get("displayName"))
                .containsExactly("Zed User 120", "Zed User 121", "Zed User 122", "Zed User 123", "Zed User 124",
                        "Zed User 125", "Zed User 126", "Zed User 127", "Zed User 128", "Zed User 129");
        assertThat(requestsTo("/user/search")).isEqualTo(1 + 4);
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void assignableUsersKeepPagingPastPagesThatJiraShortened(Connections connection) {
        String options = options(connection);

        Exchange found = context.send("jira:user/assignable?project=OPS&query=zed&pageSize=50&" + options, null);

        assertThat(found.getException()).isNull();
        List<Map<String, Object>> users = found.getMessage().getBody(List.class);
        // the first window holds the 20 bots and 30 people; Jira drops the bots, so that page has 30 users only
        assertThat(users).hasSize(PEOPLE)
                .allSatisfy(user -> assertThat(user).containsEntry("accountType", "atlassian"));
        assertThat(users).extracting(user -> user.get("accountId")).doesNotHaveDuplicates();
        assertThat(requestsTo("/user/assignable/search")).as("on to the end of Jira's window of 1000").isEqualTo(20);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void aPageOfOnlyUnassignableUsersDoesNotEndTheList() {
        String options = options(Connections.BASIC);
        for (int i = 0; i < 60; i++) {
            emulator.data().addAppUser(String.format("Ops Agent %02d", i));
        }
        emulator.data().addUser("ops.person@example.com", "Ops Person");

        Exchange found = context.send("jira:user/assignable?project=OPS&query=ops&pageSize=50&" + options, null);

        assertThat(found.getException()).isNull();
        assertThat(found.getMessage().getBody(List.class)).as("the first page is all app accounts, so Jira sends it "
                + "empty").extracting(user -> ((Map<?, ?>) user).get("displayName")).containsExactly("Ops Person");
    }

    @Test
    void assignableUsersNeedAQueryOrAnAccountIdAsJiraDoes() throws Exception {
        String options = options(Connections.BASIC);

        Exchange neither = context.send("jira:user/assignable?project=OPS&" + options, null);
        Exchange one = context.send("jira:user/assignable?project=OPS&" + options, null,
                Map.of(JiraConstants.ACCOUNT_ID, emulator.data().addUser("checked@example.com", "Checked User")));

        assertThat(neither.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query").hasMessageContaining(JiraConstants.ACCOUNT_ID);
        assertThat(one.getException()).isNull();
        assertThat(one.getMessage().getBody(List.class)).extracting(user -> ((Map<?, ?>) user).get("displayName"))
                .containsExactly("Checked User");
        HttpResponse<Void> direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                emulator.baseUrl() + "/rest/api/3/user/assignable/search?project=OPS"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((JiraEmulator.DEMO_EMAIL + ":"
                        + JiraEmulator.DEMO_API_TOKEN).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(direct.statusCode()).as("the spec's 400").isEqualTo(400);
    }

    @Test
    void assignableUsersOfAnIssueFromTheIssueKeyHeader() {
        String options = options(Connections.BASIC);

        Exchange found = context.send("jira:user/assignable?query=alice&" + options, null,
                Map.of(JiraConstants.ISSUE_KEY, "OPS-1"));

        assertThat(found.getException()).isNull();
        assertThat(found.getMessage().getBody(List.class)).extracting(user -> ((Map<?, ?>) user).get("displayName"))
                .containsExactly("Alice Example");
        assertThat(emulator.requests()).anyMatch(request -> request.query() != null
                && request.query().contains("issueKey=OPS-1"));
    }

    @Test
    void anUnknownUserIsNotFound() {
        String options = options(Connections.BASIC);

        Exchange read = context.send("jira:user/get?accountId=712020:nobody&" + options, null);

        assertThat(read.getException()).isInstanceOf(JiraNotFoundException.class);
    }

    @Test
    void assignableUsersOfAnUnknownProjectAreNotFound() {
        String options = options(Connections.BASIC);

        Exchange found = context.send("jira:user/assignable?project=NOPE&query=a&" + options, null);

        assertThat(found.getException()).isInstanceOf(JiraNotFoundException.class);
    }

    @Test
    void missingInputsAreNamed() {
        String options = options(Connections.BASIC);

        Exchange search = context.send("jira:user/search?" + options, null);
        Exchange assignable = context.send("jira:user/assignable?" + options, null);
        Exchange get = context.send("jira:user/get?" + options, null);

        assertThat(search.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("query");
        assertThat(assignable.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JiraConstants.PROJECT_KEY).hasMessageContaining(JiraConstants.ISSUE_KEY);
        assertThat(get.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JiraConstants.ACCOUNT_ID);
    }

    private static long requestsTo(String pathEnd) {
        return emulator.requests().stream().filter(request -> request.path().endsWith("/rest/api/3" + pathEnd)).count();
    }
}
