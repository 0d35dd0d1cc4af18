package io.github.jiracloud.camel.testkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.jiracloud.camel.error.JiraPermissionException;
import io.github.jiracloud.camel.test.JiraEmulatorExtension;
import io.github.jiracloud.emulator.Fault;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example of "Testing your flows" in the component docs, as a user writes it: Camel Test JUnit 5
 * ({@code CamelTestSupport}, {@code MockEndpoint}, {@code NotifyBuilder}, {@code AdviceWith}) with the test kit's
 * emulator. Keep the docs' copy in step with this one.
 */
class TestingYourFlowsTest extends CamelTestSupport {

    @RegisterExtension
    static JiraEmulatorExtension jira = JiraEmulatorExtension.seeded();

    @TempDir
    Path pollState;

    @Override
    protected void bindToRegistry(Registry registry) {
        jira.bindTo(registry);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:incident").routeId("open-incident")
                        .to("jira:issue/create?project=OPS&issueType=Task")
                        .setBody(simple("Opened by ${routeId}"))
                        .to("jira:comment/add")
                        .to("mock:opened");

                from("jira:issue/poll?jql=project = OPS AND labels = pager&delay=100&stateDirectory=" + pollState)
                        .routeId("page-on-call")
                        .setBody(simple("${body[key]}: ${body[fields][summary]}"))
                        .to("https://pager.example.com/alerts");
            }
        };
    }

    @Test
    void anIncidentBecomesAnIssueWithAComment() throws Exception {
        MockEndpoint opened = getMockEndpoint("mock:opened");
        opened.expectedMessageCount(1);

        template.sendBody("direct:incident", Map.of("summary", "Disk full on db-1"));

        opened.assertIsSatisfied();
        String key = opened.getReceivedExchanges().get(0).getMessage().getHeader("CamelJiraIssueKey", String.class);
        Map<String, Object> issue = jira.data().issue(key).orElseThrow();
        assertThat(((Map<?, ?>) issue.get("fields")).get("summary")).isEqualTo("Disk full on db-1");
        assertThat(jira.data().comments(key)).singleElement().asString().contains("Opened by open-incident");
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void whenJiraRefusesTheCallerGetsJirasTypedError() {
        jira.controls().injectFault(Fault.builder().method("POST").pathRegex("/rest/api/3/issue$").always()
                .respond(403, "{\"errorMessages\":[\"You cannot create issues in OPS\"],\"errors\":{}}").build());

        Exchange failed = template.send("direct:incident", exchange -> exchange.getMessage()
                .setBody(Map.of("summary", "Disk full on db-2")));

        assertThat(failed.getException()).isInstanceOf(JiraPermissionException.class)
                .hasMessageContaining("You cannot create issues in OPS");
        assertThat(getMockEndpoint("mock:opened").getReceivedCounter()).isZero();
    }

    @Test
    void aNewPagerIssueReachesTheOnCallPager() throws Exception {
        // The pager is outside the test: its endpoint becomes a mock, the rest of the route stays as written.
        AdviceWith.adviceWith(context, "page-on-call",
                route -> route.weaveByToUri("https://pager.example.com/*").replace().to("mock:pager"));
        MockEndpoint pager = getMockEndpoint("mock:pager");
        NotifyBuilder polled = new NotifyBuilder(context).fromRoute("page-on-call").whenDone(1).create();

        String key = jira.data().createIssue(Map.of("project", Map.of("key", "OPS"), "issuetype",
                Map.of("name", "Task"), "summary", "Database down", "labels", List.of("pager")));

        assertThat(polled.matches(30, TimeUnit.SECONDS)).isTrue();
        pager.expectedBodiesReceived(key + ": Database down");
        pager.assertIsSatisfied();
    }
}
