package io.github.jiracloud.camel.badinput;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HTTP request bridged into a route cannot steer the jira: endpoint with headers that look like ours: Camel's HTTP
 * header filter drops {@code Camel*} headers, and the component reads only {@code CamelJira*} ones.
 */
class LookAlikeHeadersTest {

    private static final Map<String, String> LOOK_ALIKES = Map.of(
            "CamelJiraIssueKey", "OPS-2",
            "camelJiraJql", "project = DEV",
            "CAMELJIRAISSUEKEY", "OPS-3",
            "JiraIssueKey", "OPS-4",
            "X-CamelJira-IssueKey", "OPS-5",
            "X-CamelJiraIssueKey", "OPS-5",
            "CamelJiraHttpMethod", "DELETE",
            "CamelJiraPath", "/rest/api/3/issue/OPS-1");

    private final HttpClient http = HttpClient.newHttpClient();
    private final Set<String> headersInRoute = ConcurrentHashMap.newKeySet();
    private JiraEmulator emulator;
    private JiraTestContext context;
    private int port;

    @BeforeEach
    void start() throws Exception {
        emulator = JiraEmulator.builder().port(0).build().start();
        context = new JiraTestContext(emulator);
        port = freePort();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindPort(port);
        context.camel().addService(new VertxPlatformHttpServer(server));
        String basic = context.basic();
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("platform-http:/lookalike?httpMethodRestrict=POST")
                        .process(exchange -> exchange.getMessage().getHeaders().keySet()
                                .forEach(name -> headersInRoute.add(name.toLowerCase(Locale.ROOT))))
                        .to("jira:issue/get?issueKey=OPS-1&" + basic)
                        .setBody(simple("${body[key]}"));
            }
        });
        emulator.clearRequests();
    }

    @AfterEach
    void stop() {
        context.close();
        emulator.close();
    }

    @Test
    void lookAlikeHeadersChangeNothing() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/lookalike"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        LOOK_ALIKES.forEach(request::header);

        HttpResponse<String> response = assertTimeout(request.build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).as("the issue of the endpoint option, not of a header").isEqualTo("OPS-1");
        assertThat(headersInRoute).as("Camel's HTTP header filter dropped the CamelJira* headers")
                .noneMatch(name -> name.startsWith("cameljira"));
        assertThat(headersInRoute).as("the other look-alikes arrive, and are not ours")
                .contains("jiraissuekey", "x-cameljira-issuekey");
        assertThat(emulator.requests()).extracting(RecordedRequest::method, RecordedRequest::path)
                .containsExactly(Tuple.tuple("GET", "/rest/api/3/issue/OPS-1"));
        assertThat(emulator.validationErrors()).isEmpty();
    }

    private HttpResponse<String> assertTimeout(HttpRequest request) {
        return Assertions.assertTimeoutPreemptively(BadInput.HANG_GUARD,
                () -> http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
