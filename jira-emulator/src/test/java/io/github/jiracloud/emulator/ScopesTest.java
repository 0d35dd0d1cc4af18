package io.github.jiracloud.emulator;

import java.util.Map;

import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira checks every OAuth 2.0 call against the operation's scopes from the spec: platform operations take their
 * classic set or their whole granular set, Agile operations only their granular Jira Software scopes. 3LO and
 * client-credentials tokens alike.
 */
class ScopesTest {

    private static final String ISSUE = "/rest/api/3/issue/OPS-1?fields=summary";
    private static final Map<String, Object> NEW_ISSUE = Map.of("fields",
            Map.of("project", Map.of("key", "OPS"), "issuetype", Map.of("name", "Task"), "summary", "Scoped"));

    private static JiraEmulator jira;

    @BeforeAll
    static void start() {
        jira = JiraEmulator.builder().build().start();
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @Test
    void aMissingScopeIsJiras401WithItsOwnBody() {
        JiraClient reader = client("read:jira-work");

        Reply write = reader.post("/rest/api/3/issue", NEW_ISSUE);

        assertThat(write.status()).isEqualTo(401);
        assertThat(write.json()).containsExactlyInAnyOrderEntriesOf(
                Map.of("code", 401, "message", "Unauthorized; scope does not match"));
        assertThat(reader.get(ISSUE).status()).isEqualTo(200);
    }

    @Test
    void platformOperationsTakeTheClassicScopeOrTheWholeGranularSet() {
        String wholeGranularSet = "read:issue-meta:jira read:issue-security-level:jira read:issue.vote:jira "
                + "read:issue.changelog:jira read:avatar:jira read:issue:jira read:status:jira read:user:jira "
                + "read:field-configuration:jira";

        assertThat(client("read:jira-work").get(ISSUE).status()).isEqualTo(200);
        assertThat(client(wholeGranularSet).get(ISSUE).status()).isEqualTo(200);
        assertThat(client("read:issue:jira read:status:jira").get(ISSUE).status()).isEqualTo(401);
        assertThat(client("write:jira-work").get(ISSUE).status()).isEqualTo(401);
    }

    @Test
    void agileOperationsTakeOnlyTheirGranularJiraSoftwareScopes() {
        String sprints = "/rest/agile/1.0/board/1/sprint";
        String sprintIssues = "/rest/agile/1.0/sprint/1/issue";

        assertThat(client("read:jira-work write:jira-work read:jira-user").get(sprints).status()).isEqualTo(401);
        assertThat(client("read:sprint:jira-software").get(sprints).status()).isEqualTo(200);
        assertThat(client("read:sprint:jira-software").get(sprintIssues).status()).isEqualTo(401);
        assertThat(client("read:sprint:jira-software read:issue-details:jira read:jql:jira").get(sprintIssues)
                .status()).isEqualTo(200);
    }

    @Test
    void threeLeggedTokensAreCheckedLikeClientCredentials() {
        String refreshToken = jira.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, "read:jira-work offline_access");
        Reply tokens = JiraClient.anonymous(jira.baseUrl()).post("/oauth/token", Map.of("grant_type",
                "refresh_token", "client_id", JiraEmulator.DEMO_CLIENT_ID, "client_secret",
                JiraEmulator.DEMO_CLIENT_SECRET, "refresh_token", refreshToken));
        JiraClient reader = JiraClient.bearer(jira, (String) tokens.json().get("access_token"));

        assertThat(reader.get(ISSUE).status()).isEqualTo(200);
        assertThat(reader.post("/rest/api/3/issue", NEW_ISSUE).json())
                .containsEntry("message", "Unauthorized; scope does not match");
    }

    @Test
    void basicAuthWithAClassicApiTokenIsNotScoped() {
        assertThat(JiraClient.basic(jira).get("/rest/agile/1.0/board/1/sprint").status()).isEqualTo(200);
    }

    private static JiraClient client(String scopes) {
        return JiraClient.bearer(jira, OAuthTest.clientCredentialsToken(jira, scopes));
    }
}
