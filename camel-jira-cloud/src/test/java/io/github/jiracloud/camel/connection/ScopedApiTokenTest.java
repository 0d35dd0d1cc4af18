package io.github.jiracloud.camel.connection;

import java.util.Map;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraAuthenticationException;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Scoped API tokens (a service account's) work only through Atlassian's API gateway with Basic auth: with
 * {@code scopedApiToken=true} the calls go to {@code <apiUrl>/ex/jira/<cloudId>}, the cloud id configured or
 * discovered from the site's tenant_info.
 */
class ScopedApiTokenTest {

    private static final String EMAIL = "robot@serviceaccount.atlassian.com";
    private static final String TOKEN = "scoped-token-7f3a";

    private JiraEmulator emulator;
    private JiraTestContext context;

    @BeforeEach
    void start() {
        emulator = JiraEmulator.builder().port(0).build().start();
        emulator.addScopedApiToken(EMAIL, TOKEN, "read:jira-work write:jira-work");
        context = new JiraTestContext(emulator);
    }

    @AfterEach
    void stop() {
        context.close();
        emulator.close();
    }

    @Test
    void atTheSiteUrlAScopedTokenIsRefusedAndTheErrorNamesTheOption() {
        Exchange refused = context.send("jira:issue/get?issueKey=OPS-1&" + credentials() + "&site="
                + emulator.baseUrl(), null);

        assertThat(refused.getException()).isInstanceOf(JiraAuthenticationException.class)
                .hasMessageContaining("scopedApiToken=true").hasMessageNotContaining(TOKEN);
    }

    @Test
    void throughTheGatewayItWorksWithTheCloudIdDiscoveredFromTheSite() {
        Exchange created = context.send("jira:issue/create?scopedApiToken=true&" + credentials() + "&site="
                + emulator.baseUrl() + "&apiUrl=" + emulator.baseUrl(),
                Map.of("project", "OPS", "issuetype", "Task", "summary", "From a service account"));

        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class)).startsWith("OPS-");
        assertThat(emulator.requests()).anyMatch(request -> request.path().equals("/_edge/tenant_info"));
        assertThat(emulator.requests()).filteredOn(request -> request.path().contains("/rest/"))
                .allMatch(request -> request.path().startsWith("/ex/jira/" + emulator.cloudId() + "/rest/")
                        && request.header("authorization").orElse("").equals("Basic"));
    }

    @Test
    void withACloudIdNoSiteIsNeeded() {
        Exchange read = context.send("jira:issue/get?issueKey=OPS-1&scopedApiToken=true&" + credentials()
                + "&cloudId=" + emulator.cloudId() + "&apiUrl=" + emulator.baseUrl(), null);

        assertThat(read.getException()).isNull();
        assertThat(emulator.requests()).noneMatch(request -> request.path().equals("/_edge/tenant_info"));
    }

    @Test
    void withoutASiteOrCloudIdTheRouteDoesNotStart() {
        Throwable failure = catchThrowable(() -> context.camel().getEndpoint("jira:issue/get?scopedApiToken=true&"
                + credentials() + "&apiUrl=" + emulator.baseUrl()));

        assertThat(failure).rootCause().hasMessageContaining("Option cloudId or site is required with "
                + "scopedApiToken=true");
    }

    private static String credentials() {
        return "email=" + EMAIL + "&apiToken=RAW(" + TOKEN + ")&allowedHosts=127.0.0.1";
    }
}
