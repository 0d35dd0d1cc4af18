package io.github.jiracloud.emulator;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlStylesAndAuthTest {

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
    void siteUrlTakesBasicAuthWithAnApiToken() {
        Reply me = JiraClient.basic(jira).get("/rest/api/3/myself");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).containsEntry("emailAddress", JiraEmulator.DEMO_EMAIL)
                .containsEntry("accountType", "atlassian");
        assertThat((String) me.json().get("accountId")).matches("712020:[0-9a-f-]{36}");
        assertThat(me.header("content-type")).startsWith("application/json");
    }

    @Test
    void missingOrWrongCredentialsAre401WithAnErrorBody() {
        Reply anonymous = JiraClient.anonymous(jira.baseUrl()).get("/rest/api/3/myself");
        Reply wrongToken = JiraClient.basic(jira, JiraEmulator.DEMO_EMAIL, "nope").get("/rest/api/3/myself");

        for (Reply reply : new Reply[]{anonymous, wrongToken}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.errorMessages()).isNotEmpty();
            assertThat(reply.errors()).isEmpty();
        }
    }

    @Test
    void addedUsersAuthenticateWithTheirOwnToken() {
        String accountId = jira.addBasicUser("dana@example.com", "dana-token", "Dana Example");

        Reply me = JiraClient.basic(jira, "dana@example.com", "dana-token").get("/rest/api/3/myself");

        assertThat(me.json()).containsEntry("accountId", accountId).containsEntry("displayName", "Dana Example");
    }

    @Test
    void oauthGatewayTakesBearerTokensAndAnswersWithGatewayLinks() {
        String token = OAuthTest.clientCredentialsToken(jira);

        Reply issue = JiraClient.bearer(jira, token).get("/rest/api/3/issue/OPS-1?fields=summary");

        assertThat(issue.status()).isEqualTo(200);
        assertThat((String) issue.json().get("self"))
                .isEqualTo(jira.baseUrl() + "/ex/jira/" + jira.cloudId() + "/rest/api/3/issue/10000");
    }

    @Test
    void oauthGatewayRefusesUnknownTokensAndUnknownSites() {
        Reply unknownToken = JiraClient.bearer(jira, "made-up").get("/rest/api/3/myself");
        Reply unknownSite = JiraClient.anonymous(jira.baseUrl())
                .get("/ex/jira/00000000-0000-0000-0000-000000000000/rest/api/3/myself");

        assertThat(unknownToken.status()).isEqualTo(401);
        assertThat(unknownToken.errorMessages()).isNotEmpty();
        assertThat(unknownSite.status()).isEqualTo(404);
    }

    @Test
    void bearerTokensDoNotWorkOnTheSiteUrl() {
        String token = OAuthTest.clientCredentialsToken(jira);

        Reply reply = JiraClient.withAuthorization(jira.baseUrl(), "Bearer " + token).get("/rest/api/3/myself");

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void everyResponseHasAUniqueRequestIdAndJsonContentType() {
        Set<String> ids = new HashSet<>();
        JiraClient client = JiraClient.basic(jira);
        for (String path : new String[]{"/rest/api/3/serverInfo", "/rest/api/3/issue/NOPE-1", "/rest/api/3/nothing"}) {
            Reply reply = client.get(path);
            assertThat(reply.header("x-arequestid")).isNotBlank();
            assertThat(reply.header("content-type")).startsWith("application/json");
            ids.add(reply.header("x-arequestid"));
        }
        assertThat(ids).hasSize(3);
    }

    @Test
    void unknownPathsAre404AndSpecPathsNotYetImplementedAre501() {
        JiraClient client = JiraClient.basic(jira);

        Reply unknown = client.get("/rest/api/3/definitely/not/jira");
        Reply notImplemented = client.get("/rest/api/3/dashboard");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(notImplemented.status()).isEqualTo(501);
        assertThat(notImplemented.errorMessages().get(0)).contains("GET /rest/api/3/dashboard");
    }

    @Test
    void metadataEndpointsDescribeTheSite() {
        JiraClient client = JiraClient.basic(jira);

        assertThat(client.get("/rest/api/3/serverInfo").json()).containsEntry("deploymentType", "Cloud")
                .containsEntry("baseUrl", jira.baseUrl());
        assertThat(names(client.get("/rest/api/3/issuetype"), "name"))
                .contains("Task", "Bug", "Story", "Epic", "Sub-task");
        assertThat(names(client.get("/rest/api/3/priority"), "name"))
                .containsExactly("Highest", "High", "Medium", "Low", "Lowest");
        assertThat(names(client.get("/rest/api/3/status"), "name")).containsExactly("To Do", "In Progress", "Done");
        assertThat(names(client.get("/rest/api/3/field"), "id"))
                .contains("summary", "customfield_10016", "customfield_10020", "customfield_10050",
                        "customfield_10051");
    }

    @Test
    void projectsCanBeSearchedAndFetched() {
        JiraClient client = JiraClient.basic(jira);

        Reply page = client.get("/rest/api/3/project/search?maxResults=1");
        Reply ops = client.get("/rest/api/3/project/OPS");
        Reply byId = client.get("/rest/api/3/project/10000");
        Reply missing = client.get("/rest/api/3/project/NOPE");

        assertThat(page.json()).containsEntry("total", 2).containsEntry("isLast", false).containsKey("nextPage");
        assertThat(ops.json()).containsEntry("id", "10000").containsEntry("name", "Operations");
        assertThat(byId.json()).containsEntry("key", "OPS");
        assertThat(missing.status()).isEqualTo(404);
    }

    private static List<Object> names(Reply reply, String property) {
        return reply.jsonArray().stream().map(item -> ((Map<?, ?>) item).get(property)).map(Object.class::cast)
                .toList();
    }
}
