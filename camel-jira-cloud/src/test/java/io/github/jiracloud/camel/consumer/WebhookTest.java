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
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
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

    private static final Duration MAX_AGE = Duration.ofHours(1);

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
        WebhookSignature signature = new WebhookSignature("s3cret", MAX_AGE);
        byte[] body = event();

        assertThat(post(body, "id-1", null)).isEqualTo(401);
        assertThat(post(body, "id-2", new WebhookSignature("other", MAX_AGE).sign(body))).isEqualTo(401);
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
        byte[] body = event();

        assertThat(post(body, "id-1", new WebhookSignature("s3cret", MAX_AGE).sign(body))).isEqualTo(200);
        assertThat(received).singleElement().satisfies(
                exchange -> assertThat(exchange.getMessage().getHeader(JiraConstants.ISSUE_KEY)).isEqualTo("DEV-1"));

        Throwable register = catchThrowable(() -> context.camel().getEndpoint("jira:webhook?register=true"
                + "&webhookUrl=http://x/jira/webhook&jqlFilter=project = DEV&auth=oauth2"));
        assertThat(rootMessages(register)).as("registering calls Jira: it needs the connection")
                .contains("register=true needs the app's clientSecret");
    }

    @Test
    void aRedeliveryIsAnswered200WithoutProcessingAndAFailureAnswers500SoJiraRetries() throws Exception {
        AtomicBoolean failNext = new AtomicBoolean(true);
        MemoryIdempotentRepository processedIds = new MemoryIdempotentRepository();
        context.camel().getRegistry().bind("processedIds", processedIds);
        addRoute("insecureAcceptAnyCaller=true&idempotentRepository=#processedIds&" + context.basic(), failNext);
        byte[] body = event();

        assertThat(post(body, "same-id", null)).as("the route failed").isEqualTo(500);
        assertThat(post(body, "same-id", null)).as("Jira's retry").isEqualTo(200);
        assertThat(post(body, "same-id", null)).as("a redelivery").isEqualTo(200);
        assertThat(post(body, "other-id", null)).isEqualTo(200);

        assertThat(received).extracting(exchange -> exchange.getMessage().getHeader(JiraConstants.WEBHOOK_ID))
                .containsExactly("same-id", "other-id");
        assertThat(processedIds.getCache()).containsOnlyKeys("id:same-id", "id:other-id");
    }

    @Test
    void aRouteThatWouldAcceptAnyCallerFailsAtStartNamingTheOptions() {
        Throwable anonymous = catchThrowable(() -> addRoute(context.basic(), new AtomicBoolean(false)));
        assertThat(rootMessages(anonymous)).contains("set secret", "register=true", "insecureAcceptAnyCaller=true");

        Throwable both = catchThrowable(() -> addRoute("secret=RAW(s3cret)&register=true&webhookUrl=http://x/hook"
                + "&jqlFilter=project = DEV&" + Connections.OAUTH2.options(context, emulator),
                new AtomicBoolean(false)));
        assertThat(rootMessages(both)).contains("secret and register=true don't go together", "JWT");
    }

    @Test
    void aCapturedDeliveryReplayedWithItsIdentifierChangedOrDroppedIsNotProcessedAgain() throws Exception {
        addRoute("secret=RAW(s3cret)", new AtomicBoolean(false));
        byte[] body = event();
        String signed = new WebhookSignature("s3cret", MAX_AGE).sign(body);

        assertThat(post(body, "id-1", signed)).isEqualTo(200);
        assertThat(post(body, "id-forged", signed)).as("identifier changed").isEqualTo(200);
        assertThat(post(body, null, signed)).as("identifier dropped").isEqualTo(200);

        assertThat(received).hasSize(1);
    }

    @Test
    void aSignedDeliveryOlderThanWebhookMaxAgeIsRefused() throws Exception {
        addRoute("secret=RAW(s3cret)&webhookMaxAge=600000", new AtomicBoolean(false));
        byte[] body = event();
        String signed = new WebhookSignature("s3cret", MAX_AGE).sign(body);

        clock.advance(Duration.ofMinutes(11));
        assertThat(post(body, "late", signed)).isEqualTo(401);
        byte[] undated = "{\"webhookEvent\":\"jira:issue_created\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(post(undated, "undated", new WebhookSignature("s3cret", MAX_AGE).sign(undated))).isEqualTo(401);
        assertThat(received).isEmpty();
    }

    @Test
    void anAppsDeliveriesAreAcceptedOnlyWithAFreshJwtSignedWithItsClientSecret() throws Exception {
        addRoute("register=true&webhookUrl=http://127.0.0.1:" + port + "/jira/webhook&events=jira:issue_created"
                + "&jqlFilter=project = DEV&" + Connections.OAUTH2.options(context, emulator),
                new AtomicBoolean(false));
        byte[] body = event();
        String token = jwt(JiraEmulator.DEMO_CLIENT_SECRET, JWSAlgorithm.HS256, clock.instant().plusSeconds(180));

        assertThat(postWithToken(body, "no-token", null)).isEqualTo(401);
        assertThat(postWithToken(body, "wrong-secret", jwt("another-secret-0123456789abcdef0123",
                JWSAlgorithm.HS256, clock.instant().plusSeconds(180)))).isEqualTo(401);
        assertThat(postWithToken(body, "expired", jwt(JiraEmulator.DEMO_CLIENT_SECRET, JWSAlgorithm.HS256,
                clock.instant().minusSeconds(120)))).isEqualTo(401);
        assertThat(postWithToken(body, "hs512", jwt(JiraEmulator.DEMO_CLIENT_SECRET + JiraEmulator.DEMO_CLIENT_SECRET,
                JWSAlgorithm.HS512, clock.instant().plusSeconds(180)))).isEqualTo(401);
        String unsigned = new PlainJWT(new JWTClaimsSet.Builder().expirationTime(Date.from(clock.instant()
                .plusSeconds(180))).build()).serialize();
        assertThat(postWithToken(body, "alg-none", unsigned)).isEqualTo(401);
        assertThat(post(body, "hub-signature", new WebhookSignature(JiraEmulator.DEMO_CLIENT_SECRET, MAX_AGE)
                .sign(body))).as("no X-Hub-Signature for app webhooks").isEqualTo(401);
        assertThat(received).isEmpty();

        assertThat(postWithToken(body, "id-1", token)).isEqualTo(200);
        assertThat(postWithToken(body, "id-forged", token)).as("the same token, another identifier").isEqualTo(200);
        assertThat(postWithToken(body, null, token)).as("the same token, no identifier").isEqualTo(200);
        assertThat(postWithToken(body, "id-1", jwt(JiraEmulator.DEMO_CLIENT_SECRET, JWSAlgorithm.HS256,
                clock.instant().plusSeconds(180)))).as("Jira's retry with a fresh token").isEqualTo(200);
        assertThat(received).hasSize(1);
    }

    @Test
    void aRestartAfterACrashReusesTheAppsRegistrationInsteadOfLeakingAnother() throws Exception {
        String oauth = Connections.OAUTH2.options(context, emulator);
        String options = "register=true&unregisterOnStop=false&webhookUrl=http://127.0.0.1:" + port
                + "/jira/webhook&events=jira:issue_created,comment_created&jqlFilter=project = DEV&" + oauth;
        addRoute(options, new AtomicBoolean(false));
        long id = emulator.data().webhooks().get(0).id();
        clock.advance(Duration.ofDays(3));

        context.camel().getRouteController().stopRoute("webhook");
        context.camel().getRouteController().startRoute("webhook");

        assertThat(emulator.data().webhooks()).singleElement().satisfies(webhook -> {
            assertThat(webhook.id()).isEqualTo(id);
            assertThat(webhook.expires()).as("refreshed when reused")
                    .isEqualTo(clock.instant().plus(Duration.ofDays(30)));
        });
        context.send("jira:issue/create?project=DEV&issueType=Task&" + context.basic(), Map.of("summary", "Once"));
        awaitReceived(1);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void twoRoutesOfOneAppWithDifferentUrlsFailAtStart() throws Exception {
        String oauth = Connections.OAUTH2.options(context, emulator);
        addRoute("register=true&webhookUrl=http://127.0.0.1:" + port + "/jira/webhook&jqlFilter=project = DEV&"
                + oauth, new AtomicBoolean(false));

        Throwable second = catchThrowable(() -> context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jira:webhook?register=true&webhookPath=/other&webhookUrl=http://127.0.0.1:" + port
                        + "/other&jqlFilter=project = OPS&" + oauth).routeId("other").log("never");
            }
        }));
        assertThat(rootMessages(second)).contains("one webhook URL per app", "http://127.0.0.1:" + port
                + "/jira/webhook");
        assertThat(emulator.data().webhooks()).hasSize(1);
    }

    @Test
    void anEventClaimedElsewhereButNotYetProcessedIsAnswered409SoJiraComesBack() throws Exception {
        ClaimingRepository processedIds = new ClaimingRepository();
        processedIds.add("id:claimed-by-a-replica-that-died");
        context.camel().getRegistry().bind("processedIds", processedIds);
        addRoute("insecureAcceptAnyCaller=true&idempotentRepository=#processedIds&" + context.basic(),
                new AtomicBoolean(false));
        byte[] body = event();

        assertThat(post(body, "claimed-by-a-replica-that-died", null)).isEqualTo(409);
        processedIds.remove("id:claimed-by-a-replica-that-died"); // its claim expired
        assertThat(post(body, "claimed-by-a-replica-that-died", null)).isEqualTo(200);
        assertThat(post(body, "claimed-by-a-replica-that-died", null)).as("now processed").isEqualTo(200);

        assertThat(received).hasSize(1);
    }

    /** Like the bundle's shared repository: a claimed identifier is contained only once it is confirmed. */
    private static final class ClaimingRepository extends org.apache.camel.support.service.ServiceSupport
            implements
                org.apache.camel.spi.IdempotentRepository {
        private final java.util.Map<String, Boolean> confirmed = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public boolean add(String key) {
            return confirmed.putIfAbsent(key, false) == null;
        }

        @Override
        public boolean contains(String key) {
            return Boolean.TRUE.equals(confirmed.get(key));
        }

        @Override
        public boolean remove(String key) {
            return confirmed.remove(key) != null;
        }

        @Override
        public boolean confirm(String key) {
            return confirmed.replace(key, true) != null;
        }

        @Override
        public void clear() {
            confirmed.clear();
        }
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
    void theRegistrationAsksForTheEventsAndIssuesThatEventsAndJqlFilterName() throws Exception {
        String oauth = Connections.OAUTH2.options(context, emulator);
        addRoute("register=true&webhookUrl=http://127.0.0.1:" + port + "/jira/webhook&events=comment_created"
                + "&jqlFilter=project = DEV&" + oauth, new AtomicBoolean(false));

        assertThat(emulator.data().webhooks()).singleElement().satisfies(webhook -> {
            assertThat(webhook.events()).containsExactly("comment_created");
            assertThat(webhook.jqlFilter()).isEqualTo("project = DEV");
        });
        String elsewhere = context.send("jira:issue/create?project=OPS&issueType=Task&" + context.basic(),
                Map.of("summary", "Not watched")).getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
        context.send("jira:comment/add?issueKey=" + elsewhere + "&" + context.basic(), "Filtered out");
        String watched = context.send("jira:issue/create?project=DEV&issueType=Task&" + context.basic(),
                Map.of("summary", "Watched")).getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
        context.send("jira:comment/add?issueKey=" + watched + "&" + context.basic(), "Delivered");

        awaitReceived(1);
        assertThat(received).singleElement().satisfies(exchange -> {
            assertThat(exchange.getMessage().getHeader(JiraConstants.WEBHOOK_EVENT)).isEqualTo("comment_created");
            assertThat(exchange.getMessage().getHeader(JiraConstants.ISSUE_KEY)).isEqualTo(watched);
        });
    }

    @Test
    void withUnregisterOnStopFalseTheWebhookOutlivesTheRoute() throws Exception {
        addRoute("register=true&unregisterOnStop=false&webhookUrl=http://127.0.0.1:" + port + "/jira/webhook"
                + "&jqlFilter=project = DEV&" + Connections.OAUTH2.options(context, emulator),
                new AtomicBoolean(false));
        long registered = emulator.data().webhooks().get(0).id();

        context.camel().getRouteController().stopRoute("webhook");

        assertThat(emulator.data().webhooks()).extracting(webhook -> webhook.id()).containsExactly(registered);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void refreshPeriodSaysHowLongAfterTheLastRefreshTheNextIsDue() throws Exception {
        // Ten days, where the default waits twenty: at day eleven only the option can have refreshed it.
        addRoute("register=true&refreshPeriod=864000000&refreshCheckDelay=50&webhookUrl=http://127.0.0.1:" + port
                + "/jira/webhook&jqlFilter=project = DEV&" + Connections.OAUTH2.options(context, emulator),
                new AtomicBoolean(false));

        clock.advance(Duration.ofDays(11));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                emulator.data().webhooks().get(0).expires()).isEqualTo(clock.instant().plus(Duration.ofDays(30))));
    }

    @Test
    void webhookCacheSizeBoundsHowManyIdentifiersAreRememberedForRedeliveries() throws Exception {
        addRoute("insecureAcceptAnyCaller=true&webhookCacheSize=2&" + context.basic(), new AtomicBoolean(false));
        byte[] body = event();

        assertThat(post(body, "id-1", null)).isEqualTo(200);
        assertThat(post(body, "id-1", null)).as("remembered").isEqualTo(200);
        assertThat(post(body, "id-2", null)).isEqualTo(200);
        assertThat(post(body, "id-3", null)).isEqualTo(200);
        assertThat(post(body, "id-1", null)).as("forgotten: the two newer ones filled the cache").isEqualTo(200);

        assertThat(received).extracting(exchange -> exchange.getMessage().getHeader(JiraConstants.WEBHOOK_ID))
                .containsExactly("id-1", "id-2", "id-3", "id-1");
    }

    @Test
    void webhookPathIsWhereTheRouteListens() throws Exception {
        addRoute("webhookPath=/hooks/jira&secret=RAW(s3cret)", new AtomicBoolean(false));
        byte[] body = event();
        String signed = new WebhookSignature("s3cret", MAX_AGE).sign(body);

        assertThat(send("/jira/webhook", body, "id-1", "X-Hub-Signature", signed)).isEqualTo(404);
        assertThat(send("/hooks/jira", body, "id-2", "X-Hub-Signature", signed)).isEqualTo(200);

        assertThat(received).singleElement().satisfies(exchange -> assertThat(
                exchange.getMessage().getHeader(JiraConstants.WEBHOOK_ID)).isEqualTo("id-2"));
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
        return send(body, webhookId, "X-Hub-Signature", signature);
    }

    private int postWithToken(byte[] body, String webhookId, String token) throws Exception {
        return send(body, webhookId, "Authorization", token == null ? null : "Bearer " + token);
    }

    private int send(byte[] body, String webhookId, String header, String value) throws Exception {
        return send("/jira/webhook", body, webhookId, header, value);
    }

    private int send(String path, byte[] body, String webhookId, String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (webhookId != null) {
            request.header("X-Atlassian-Webhook-Identifier", webhookId);
        }
        if (value != null) {
            request.header(header, value);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** An issue event stamped now on the test's clock, as Jira stamps its payloads. */
    private byte[] event() {
        return ("{\"timestamp\":" + clock.instant().toEpochMilli() + ",\"webhookEvent\":\"jira:issue_created\","
                + "\"issue\":{\"id\":\"10001\",\"key\":\"DEV-1\"}}").getBytes(StandardCharsets.UTF_8);
    }

    private String jwt(String secret, JWSAlgorithm algorithm, Instant expires) throws Exception {
        SignedJWT token = new SignedJWT(new JWSHeader(algorithm), new JWTClaimsSet.Builder()
                .issueTime(Date.from(clock.instant())).expirationTime(Date.from(expires)).build());
        token.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return token.serialize();
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
