package io.github.jiracloud.emulator;

import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scoped API tokens (the only kind a service account can create) work only through the gateway,
 * {@code /ex/jira/{cloudId}}, with Basic auth; at the site URL Jira answers 401 (facts file, section 4.4).
 */
class ScopedApiTokensTest {

    private static final String EMAIL = "robot@serviceaccount.atlassian.com";
    private static final String TOKEN = "scoped-token-1";

    private static JiraEmulator jira;

    @BeforeAll
    static void start() {
        jira = JiraEmulator.builder().build().start();
        jira.addScopedApiToken(EMAIL, TOKEN, "read:jira-work read:jira-user");
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @Test
    void aScopedApiTokenIsRefusedAtTheSiteUrl() {
        Reply reply = JiraClient.basic(jira, EMAIL, TOKEN).get("/rest/api/3/myself");

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void throughTheGatewayItWorksWithBasicAuthForWhatItsScopesCover() {
        JiraClient gateway = JiraClient.withAuthorization(jira.baseUrl() + "/ex/jira/" + jira.cloudId(),
                JiraClient.basicAuthorization(EMAIL, TOKEN));

        assertThat(gateway.get("/rest/api/3/myself").json()).containsEntry("emailAddress", EMAIL);
        assertThat(gateway.get("/rest/api/3/issue/OPS-1").status()).isEqualTo(200);
        assertThat(gateway.post("/rest/api/3/issue/OPS-1/comment", java.util.Map.of("body", "x")).json())
                .containsEntry("message", "Unauthorized; scope does not match");
    }
}
