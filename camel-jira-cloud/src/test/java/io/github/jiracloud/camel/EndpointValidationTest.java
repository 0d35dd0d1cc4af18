package io.github.jiracloud.camel;

import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Bad endpoint URIs fail when the route starts, with a message that names the option and the fix. */
class EndpointValidationTest {

    private static final String BASIC = "site=https://acme.atlassian.net&email=ops@acme.test&apiToken=RAW(tok-123)";

    @Test
    void anUnknownOperationListsTheValidOnes() {
        assertThat(startFailure("jira:issue/explode?" + BASIC))
                .contains("Unknown Jira operation 'issue/explode'").contains("issue/create").contains("search/jql");
    }

    @Test
    void aUriWithoutActionShowsTheSyntax() {
        assertThat(startFailure("jira:issue?" + BASIC)).contains("jira:<resource>/<action>");
    }

    @Test
    void aMissingApiTokenNamesTheOptionAndWhereToGetOne() {
        assertThat(startFailure("jira:issue/get?site=acme&email=ops@acme.test"))
                .contains("Option apiToken is required").contains("id.atlassian.com");
    }

    @Test
    void oauthWithoutClientSecretNamesTheOption() {
        assertThat(startFailure("jira:issue/get?auth=oauth2&clientId=abc&cloudId=123"))
                .contains("Option clientSecret is required");
    }

    @Test
    void aHostThatIsNotAtlassianMustBeAllowedExplicitly() {
        assertThat(startFailure("jira:issue/get?site=http://127.0.0.1:9&email=a@b.c&apiToken=x"))
                .contains("not an Atlassian host").contains("allowedHosts=127.0.0.1");
        assertThat(startFailure("jira:issue/get?site=https://evil.example&email=a@b.c&apiToken=x"))
                .contains("allowedHosts=evil.example");
    }

    @Test
    void atlassianGovernmentCloudHostsAreAtlassianHosts() throws Exception {
        String oauth = "auth=oauth2&clientId=id&clientSecret=secret&refreshToken=r&cloudId=c"
                + "&apiUrl=https://api.atlassian-us-gov-mod.com&tokenUrl=https://auth.atlassian-us-gov-mod.com/oauth/token";

        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.start();
            assertThat(camel.getEndpoint("jira:issue/get?site=https://acme.atlassian-us-gov-mod.net&email=a@b.c"
                    + "&apiToken=x")).isNotNull();
            assertThat(camel.getEndpoint("jira:issue/get?" + oauth)).isNotNull();
        }
        assertThat(startFailure("jira:issue/get?site=http://acme.atlassian-us-gov-mod.net&email=a@b.c&apiToken=x"))
                .contains("must use https");
        assertThat(startFailure("jira:issue/get?site=https://atlassian-us-gov-mod.net.evil.example&email=a@b.c"
                + "&apiToken=x")).contains("Atlassian Government Cloud", "Isolated Cloud", "allowedHosts=");
    }

    @Test
    void atlassianHostsRequireHttps() {
        assertThat(startFailure("jira:issue/get?site=http://acme.atlassian.net&email=a@b.c&apiToken=x"))
                .contains("must use https");
    }

    @Test
    void badOptionValuesAreNamed() {
        assertThat(startFailure("jira:issue/get?auth=kerberos&" + BASIC)).contains("auth").contains("oauth2");
        assertThat(startFailure("jira:search/jql?pageSize=0&" + BASIC)).contains("pageSize");
        assertThat(startFailure("jira:comment/add?textFormat=wiki&" + BASIC)).contains("textFormat");
    }

    @Test
    void secretsDoNotShowInTheEndpointCamelPrints() {
        try (JiraEmulator emulator = JiraEmulator.builder().port(0).build().start();
                JiraTestContext context = new JiraTestContext(emulator)) {
            String uri = "jira:issue/get?" + context.basic();
            assertThat(context.camel().getEndpoint(uri).toString()).doesNotContain(JiraEmulator.DEMO_API_TOKEN);
        }
    }

    /** Starts a route to the URI and returns the messages of the failure and all its causes. */
    private static String startFailure(String uri) {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:start").to(uri);
                }
            });
            Throwable failure = catchThrowable(camel::start);
            assertThat(failure).as("starting a route to " + uri).isNotNull();
            StringBuilder messages = new StringBuilder();
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                messages.append(cause.getMessage()).append('\n');
            }
            return messages.toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
