package io.github.jiracloud.camel.badinput;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.auth.InMemoryTokenStore;
import io.github.jiracloud.camel.support.CapturedLog;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Representative flows with distinctive fake secrets: nothing the component or Camel prints — the log, exception
 * messages and toString, endpoints and their URIs, the route dump — contains any of them. The same strings are
 * scanned for in target/surefire-reports by .ci/run.
 */
class SecretsDoNotLeakTest {

    static final String API_TOKEN = "S3CR3T-apitoken-7f3a";
    static final String CLIENT_SECRET = "S3CR3T-client-9b1c";
    private static final String EMAIL = "leak-check@example.com";
    private static final String CLIENT_ID = "leak-check-client";
    private static final String SCOPES = "read:jira-work write:jira-work read:jira-user offline_access";

    private JiraEmulator emulator;
    private JiraTestContext context;
    private final List<String> printed = new ArrayList<>();
    private final List<String> secrets = new ArrayList<>(List.of(API_TOKEN, CLIENT_SECRET));

    @BeforeEach
    void start() {
        emulator = JiraEmulator.builder().port(0).build().start();
        emulator.addBasicUser(EMAIL, API_TOKEN, "Leak Check");
        emulator.registerOAuthClient(CLIENT_ID, CLIENT_SECRET);
        context = new JiraTestContext(emulator);
    }

    @AfterEach
    void stop() {
        context.close();
        emulator.close();
    }

    @Test
    void noSecretIsPrintedByAnyFlow() throws Exception {
        String refreshToken = emulator.issueRefreshToken(CLIENT_ID, SCOPES);
        secrets.add(refreshToken);
        String basic = "site=" + emulator.baseUrl() + "&email=" + EMAIL + "&apiToken=RAW(" + API_TOKEN
                + ")&allowedHosts=127.0.0.1&maxRetries=2";
        context.camel().getRegistry().bind("tokens", new InMemoryTokenStore());
        String oauth = "auth=oauth2&clientId=" + CLIENT_ID + "&clientSecret=RAW(" + CLIENT_SECRET
                + ")&refreshToken=RAW(" + refreshToken + ")&cloudId=" + emulator.cloudId() + "&apiUrl="
                + emulator.baseUrl() + "&tokenUrl=" + emulator.baseUrl()
                + "/oauth/token&allowedHosts=127.0.0.1&tokenStore=#tokens";
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").routeId("leak-check").to("jira:issue/create?" + basic);
            }
        });

        try (CapturedLog log = new CapturedLog()) {
            Exchange created = context.camel().createProducerTemplate().send("direct:create",
                    exchange -> exchange.getMessage().setBody(Map.of("fields", Map.of("project", Map.of("key", "OPS"),
                            "summary", "leak check", "issuetype", Map.of("name", "Task")))));
            record(created);
            String key = created.getMessage().getBody(Map.class).get("key").toString();
            send("jira:issue/get?issueKey=" + key + "&" + basic, null);
            send("jira:issue/get?issueKey=OPS-404404&" + basic, null); // 404
            send("jira:issue/get?issueKey=" + key + "&" + basic.replace(API_TOKEN, "wrong-token"), null); // 401
            emulator.controls().injectFault(Fault.builder().pathRegex(".*/issue/" + key).always()
                    .respond(429, "{\"errorMessages\":[\"Rate limit exceeded.\"],\"errors\":{}}", "Retry-After", "1")
                    .build());
            send("jira:issue/get?issueKey=" + key + "&" + basic, null); // 429, retried, then given up
            emulator.controls().clearFaults();
            emulator.controls().injectFault(Fault.builder().pathRegex(".*/issue/" + key).always().dropConnection()
                    .build());
            send("jira:issue/get?issueKey=" + key + "&" + basic, null); // transport failure
            emulator.controls().clearFaults();
            send("jira:issue/get?issueKey=" + key + "&" + oauth, null); // OAuth refresh
            emulator.revokeRefreshTokens(CLIENT_ID);
            context.camel().getRegistry().bind("tokens2", new InMemoryTokenStore());
            send("jira:issue/get?issueKey=" + key + "&" + oauth.replace("#tokens", "#tokens2"), null); // invalid_grant
            send("jira:issue/get?issueKey=" + key + "&" + oauth.replace(CLIENT_SECRET, "wrong"), null);
            send("jira:issue/get?issueKey=&" + basic, null); // bad input

            for (Endpoint endpoint : context.camel().getEndpoints()) {
                printed.add(endpoint.toString());
                // The raw URI keeps the secrets so that Camel can recreate the endpoint; Camel prints it sanitized.
                printed.add(URISupport.sanitizeUri(endpoint.getEndpointUri()));
                printed.add(URISupport.sanitizeUri(endpoint.getEndpointBaseUri()));
            }
            printed.add(context.camel().getRoutes().toString());
            printed.add(context.camel().getRoute("leak-check").getEndpoint().toString());
            printed.add(log.text());
        }

        assertThat(String.join("\n", printed)).as("the flows ran and printed").contains("OPS-404404", "HTTP 401",
                "HTTP 429", "invalid_grant");
        // Counted, not shown: a failure here must not print the secret into the test report itself.
        for (String secret : secrets) {
            List<Integer> leaks = new ArrayList<>();
            for (int i = 0; i < printed.size(); i++) {
                if (printed.get(i).contains(secret)) {
                    leaks.add(i);
                }
            }
            assertThat(leaks).as("printed items containing secret #" + secrets.indexOf(secret)).isEmpty();
        }
    }

    /** Sends and records what comes back, or what is thrown when the endpoint cannot even be created. */
    private void send(String uri, Object body) {
        try {
            record(context.send(uri, body));
        } catch (RuntimeException thrown) {
            recordChain(thrown);
        }
    }

    /** The exchange's exception chain as messages, toString and stack trace, as a log would print it. */
    private void record(Exchange exchange) {
        printed.add(exchange.toString());
        recordChain(exchange.getException());
    }

    private void recordChain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            printed.add(String.valueOf(cause.getMessage()));
            printed.add(cause.toString());
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            printed.add(trace.toString());
        }
    }
}
