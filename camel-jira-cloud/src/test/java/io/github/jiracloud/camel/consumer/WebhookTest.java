package io.github.jiracloud.camel.consumer;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraBadRequestException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * jira:webhook receives Jira's webhooks: signed, de-duplicated, registered and refreshed, end to end from the emulator.
 */
class WebhookTest {

    private static final String EVENT = "{\"timestamp\":1,\"webhookEvent\":\"jira:issue_created\","
            + "\"issue\":{\"id\":\"10001\",\"key\":\"DEV-1\"}}";

    private final SettableClock clock = new SettableClock();
    private final List<Exchange> received = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private JiraEmulator emulator;
    private JiraTestContext context;
    private int port;

    @BeforeEach
    void start() throws Exception {
        emulator = JiraEmulator.builder().port(0).seedDemoData(false).clock(clock).build().start();
        context = new JiraTestContext(emulator);
        context.camel().getComponent("jira", JiraComponent.class).setClock(clock);
        port = freePort();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindPort(port);
        context.camel().addService(new VertxPlatformHttpServer(server));
    }

    @AfterEach
    void stop() {
        context.close();
        emulator.close();
    }

    @Test
    void aSignedEventIsProcessedAndAMissingOrWrongSignatureIsRefusedWith401() throws Exception {
        addRoute("secret=RAW(s3cret)&" + context.basic(), new AtomicBoolean(false));
        WebhookSignature signature = new WebhookSignature("s3cret");
        byte[] body = EVENT.getBytes(StandardCharsets.UTF_8);

        assertThat(post(body, "id-1", null)).isEqualTo(401);
        assertThat(post(body, "id-2", new WebhookSignature("other").sign(body))).isEqualTo(401);
        assertThat(received).isEmpty();

        assertThat(post(body, "id-3", signature.sign(body))).isEqualTo(200);
        assertThat(received).hasSize(1);
        Exchange exchange = received.get(0);
        assertThat(exchange.getMessage().getHeader(JiraConstants.WEBHOOK_EVENT)).isEqualTo("jira:issue_created");
        assertThat(exchange.getMessage().getHeader(JiraConstants.ISSUE_KEY)).isEqualTo("DEV-1");
        assertThat(exchange.getMessage().getHeader(JiraConstants.WEBHOOK_ID)).isEqualTo("id-3");
        assertThat(exchange.getMessage().getBody(Map.class)).containsEntry("webhookEvent", "jira:issue_created");
    }

    @Test
    void aWebhookRegisteredInJirasSettingsReceivesWithoutAnyConnectionOptions() throws Exception {
        addRoute("secret=RAW(s3cret)", new AtomicBoolean(false));
        byte[] body = EVENT.getBytes(StandardCharsets.UTF_8);

        assertThat(post(body, "id-1", new WebhookSignature("s3cret").sign(body))).isEqualTo(200);
        assertThat(received).singleElement().satisfies(
                exchange -> assertThat(exchange.getMessage().getHeader(JiraConstants.ISSUE_KEY)).isEqualTo("DEV-1"));

        Throwable register = catchThrowable(() -> context.camel().getEndpoint("jira:webhook?register=true"
                + "&webhookUrl=http://x/jira/webhook&jqlFilter=project = DEV&auth=oauth2"));
        assertThat(rootMessages(register)).as("registering calls Jira: it needs the connection")
                .contains("Option clientId is required");
    }

    @Test
    void aRedeliveryIsAnswered200WithoutProcessingAndAFailureAnswers500SoJiraRetries() throws Exception {
        AtomicBoolean failNext = new AtomicBoolean(true);
        MemoryIdempotentRepository processedIds = new MemoryIdempotentRepository();
        context.camel().getRegistry().bind("processedIds", processedIds);
        addRoute("idempotentRepository=#processedIds&" + context.basic(), failNext);
        byte[] body = EVENT.getBytes(StandardCharsets.UTF_8);

        assertThat(post(body, "same-id", null)).as("the route failed").isEqualTo(500);
        assertThat(post(body, "same-id", null)).as("Jira's retry").isEqualTo(200);
        assertThat(post(body, "same-id", null)).as("a redelivery").isEqualTo(200);
        assertThat(post(body, "other-id", null)).isEqualTo(200);

        assertThat(received).extracting(exchange -> exchange.getMessage().getHeader(JiraConstants.WEBHOOK_ID))
                .containsExactly("same-id", "other-id");
        assertThat(processedIds.getCache()).containsOnlyKeys("same-id", "other-id");
    }

    @Test
    void anIssueAndACommentCreatedInJiraReachTheRouteSigned() throws Exception {
        addRoute("secret=RAW(s3cret)&" + context.basic(), new AtomicBoolean(false));
        emulator.data().registerWebhook("http://127.0.0.1:" + port + "/jira/webhook",
                List.of("jira:issue_created", "comment_created"), "project = DEV", "s3cret");

        Exchange created = context.send("jira:issue/create?project=DEV&issueType=Task&" + context.basic(),
                Map.of("summary", "Delivered by webhook"));
        String key = created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
        context.send("jira:issue/create?project=OPS&issueType=Task&" + context.basic(),
                Map.of("summary", "Filtered out"));
        context.send("jira:comment/add?issueKey=" + key + "&" + context.basic(), "A comment");

        awaitReceived(2);
        assertThat(received).extracting(exchange -> exchange.getMessage().getHeader(JiraConstants.WEBHOOK_EVENT))
                .containsExactlyInAnyOrder("jira:issue_created", "comment_created");
        assertThat(received).allSatisfy(
                exchange -> assertThat(exchange.getMessage().getHeader(JiraConstants.ISSUE_KEY)).isEqualTo(key));
        Exchange comment = received.stream().filter(exchange -> "comment_created".equals(
                exchange.getMessage().getHeader(JiraConstants.WEBHOOK_EVENT))).findFirst().orElseThrow();
        assertThat(comment.getMessage().getBody(Map.class)).containsKeys("timestamp", "issue", "comment",
                "matchedWebhookIds");
        assertThat(comment.getMessage().getHeader(JiraConstants.COMMENT_ID)).isNotNull();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void anOAuthRouteRegistersItsWebhookRefreshesItBeforeExpiryAndDeletesItWhenStopped() throws Exception {
        String oauth = Connections.OAUTH2.options(context, emulator);
        addRoute("register=true&webhookUrl=http://127.0.0.1:" + port + "/jira/webhook&refreshCheckDelay=50"
                + "&events=jira:issue_created&jqlFilter=project = DEV&" + oauth, new AtomicBoolean(false));

        assertThat(emulator.data().webhooks()).hasSize(1);
        Instant firstExpiry = emulator.data().webhooks().get(0).expires();
        assertThat(firstExpiry).isEqualTo(clock.instant().plus(Duration.ofDays(30)));

        clock.advance(Duration.ofDays(25));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                emulator.data().webhooks().get(0).expires()).isEqualTo(clock.instant().plus(Duration.ofDays(30))));

        context.send("jira:issue/create?project=DEV&issueType=Task&" + context.basic(), Map.of("summary", "Hello"));
        awaitReceived(1);

        context.camel().getRouteController().stopRoute("webhook");
        assertThat(emulator.data().webhooks()).isEmpty();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void aJqlFilterOutsideJirasSubsetIsRefusedWhenTheRouteIsCreated() {
        Throwable failure = catchThrowable(() -> addRoute("jqlFilter=project = DEV AND summary ~ outage&"
                + context.basic(), new AtomicBoolean(false)));
        assertThat(rootMessages(failure)).contains("the field 'summary'", "only fields issueKey");

        Throwable function = catchThrowable(() -> addRoute("jqlFilter=assignee = currentUser()&"
                + context.basic(), new AtomicBoolean(false)));
        assertThat(rootMessages(function)).contains("the function 'currentUser()'");

        Throwable basic = catchThrowable(() -> addRoute("register=true&webhookUrl=http://x/jira/webhook"
                + "&jqlFilter=project = DEV&" + context.basic(), new AtomicBoolean(false)));
        assertThat(rootMessages(basic)).contains("needs an OAuth 2.0 connection");
    }

    @Test
    void theEmulatorRefusesAFilterOutsideTheSubsetWith400AsJiraDoes() {
        String oauth = Connections.OAUTH2.options(context, emulator);
        Exchange result = context.send("jira:api/call?httpMethod=POST&path=/rest/api/3/webhook&" + oauth,
                Map.of("url", "http://127.0.0.1/hook", "webhooks",
                        List.of(Map.of("events", List.of("jira:issue_created"), "jqlFilter", "priority = High"))));
        assertThat(result.getException()).isInstanceOf(JiraBadRequestException.class)
                .hasMessageContaining("priority");
        assertThat(emulator.data().webhooks()).isEmpty();
    }

    private void addRoute(String options, AtomicBoolean failNext) throws Exception {
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from("jira:webhook?" + options).routeId("webhook").process(exchange -> {
                    if (failNext.compareAndSet(true, false)) {
                        throw new IllegalStateException("Simulated failure");
                    }
                    received.add(exchange.copy());
                });
            }
        });
    }

    private int post(byte[] body, String webhookId, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/jira/webhook"))
                .header("Content-Type", "application/json")
                .header("X-Atlassian-Webhook-Identifier", webhookId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Hub-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void awaitReceived(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= count);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String rootMessages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
