package io.github.jiracloud.emulator.api.webhook;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import io.github.jiracloud.emulator.support.Adf;
import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Dynamic webhook registration, expiry and delivery (retried with the same identifier, signed with a secret). */
class WebhookTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final List<Map<String, String>> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private JiraEmulator jira;
    private JiraClient app;
    private HttpServer receiver;

    @BeforeEach
    void start() throws Exception {
        jira = JiraEmulator.builder().seedDemoData(false).clock(clock).build().start();
        app = appClient();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            deliveries.add(Map.of("id", exchange.getRequestHeaders().getFirst("X-Atlassian-Webhook-Identifier"),
                    "signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-Hub-Signature")), "body",
                    body, "authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))));
            boolean fail = body.contains("\"jira:issue_created\"") && failuresLeft.getAndDecrement() > 0;
            exchange.sendResponseHeaders(fail ? 503 : 200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        jira.close();
    }

    @Test
    void registeredWebhooksExpireAfter30DaysUnlessRefreshedAndCanBeDeleted() {
        Reply registered = app.post("/rest/api/3/webhook", Map.of("url", hookUrl(), "webhooks", List.of(
                Map.of("events", List.of("jira:issue_created"), "jqlFilter",
                        "project = OPS AND status NOT IN (Done)"))));
        assertThat(registered.status()).isEqualTo(200);
        Object id = ((Map<?, ?>) ((List<?>) registered.json().get("webhookRegistrationResult")).get(0))
                .get("createdWebhookId");

        Map<String, Object> listed = app.get("/rest/api/3/webhook").json();
        assertThat(listed).containsEntry("total", 1).containsEntry("isLast", true);
        Map<?, ?> webhook = (Map<?, ?>) ((List<?>) listed.get("values")).get(0);
        assertThat(webhook.get("expirationDate")).isEqualTo(clock.instant().plus(Duration.ofDays(30)).toEpochMilli());

        clock.advance(Duration.ofDays(25));
        app = appClient(); // access tokens last an hour
        Reply refreshed = app.put("/rest/api/3/webhook/refresh", Map.of("webhookIds", List.of(id)));
        assertThat(refreshed.json()).containsEntry("expirationDate",
                clock.instant().plus(Duration.ofDays(30)).toEpochMilli());

        assertThat(
                app.send("DELETE", "/rest/api/3/webhook", "{\"webhookIds\":[" + id + "]}", "application/json").status())
                .isEqualTo(202);
        assertThat(app.get("/rest/api/3/webhook").json()).containsEntry("total", 0);
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void onlyAppsRegisterAndOnlyTheJqlSubsetIsAccepted() {
        Reply basic = JiraClient.basic(jira).post("/rest/api/3/webhook", Map.of("url", hookUrl(), "webhooks",
                List.of(Map.of("events", List.of("jira:issue_created"), "jqlFilter", "project = OPS"))));
        assertThat(basic.status()).isEqualTo(403);

        Reply outside = app.post("/rest/api/3/webhook", Map.of("url", hookUrl(), "webhooks",
                List.of(Map.of("events", List.of("jira:issue_created"), "jqlFilter", "summary ~ disk"))));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.errorMessages().get(0)).contains("'~'");
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameIdentifierAndSigned() throws Exception {
        jira.data().registerWebhook(hookUrl(), List.of("jira:issue_created", "comment_created"), "project = OPS",
                "s3cret");
        failuresLeft.set(2);

        JiraClient user = JiraClient.basic(jira);
        Reply created = user.post("/rest/api/3/issue", Map.of("fields", Map.of("project", Map.of("key", "OPS"),
                "issuetype", Map.of("name", "Task"), "summary", "Disk full")));
        user.post("/rest/api/3/issue", Map.of("fields", Map.of("project", Map.of("key", "DEV"),
                "issuetype", Map.of("name", "Task"), "summary", "Not matched")));
        user.post("/rest/api/3/issue/" + created.json().get("key") + "/comment", Map.of("body", Adf.doc("On it")));

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.size() >= 4);
        // and no fifth: the retries stop once a delivery got through
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> deliveries.size() == 4);
        List<String> issueCreated = deliveries.stream().filter(d -> d.get("body").contains("\"jira:issue_created\""))
                .map(d -> d.get("id")).toList();
        assertThat(issueCreated).hasSize(3).containsOnly(issueCreated.get(0));
        assertThat(deliveries).allSatisfy(delivery -> assertThat(delivery.get("signature"))
                .isEqualTo(WebhookDelivery.signature("s3cret", delivery.get("body").getBytes(StandardCharsets.UTF_8))));
        assertThat(deliveries).filteredOn(d -> d.get("body").contains("\"comment_created\""))
                .singleElement().satisfies(comment -> assertThat(comment.get("body"))
                        .contains("\"comment\":{", "\"matchedWebhookIds\":[", "\"timestamp\":"));
    }

    @Test
    void anAppsWebhooksCarryABearerJwtSignedWithItsClientSecretAndNoHubSignature() throws Exception {
        app.post("/rest/api/3/webhook", Map.of("url", hookUrl(), "webhooks", List.of(
                Map.of("events", List.of("jira:issue_created"), "jqlFilter", "project = OPS"))));

        JiraClient.basic(jira).post("/rest/api/3/issue", Map.of("fields", Map.of("project", Map.of("key", "OPS"),
                "issuetype", Map.of("name", "Task"), "summary", "Signed")));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (deliveries.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        Map<String, String> delivery = deliveries.get(0);
        assertThat(delivery.get("signature")).isEqualTo("null");
        assertThat(delivery.get("authorization")).startsWith("Bearer ");
        SignedJWT token = SignedJWT.parse(delivery.get("authorization").substring(7));
        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(token.verify(new MACVerifier(JiraEmulator.DEMO_CLIENT_SECRET.getBytes(StandardCharsets.UTF_8))))
                .isTrue();
        assertThat(
                token.verify(new MACVerifier("another-app-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getAudience()).containsExactly(JiraEmulator.DEMO_CLIENT_ID);
        assertThat(claims.getIssuer()).isEqualTo(jira.cloudId());
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(clock.instant());
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(clock.instant().plus(WebhookTokens.LIFETIME));
    }

    @Test
    void anAppHasOneUrlAndFiveWebhooksPerUserAndSeesOnlyItsOwn() {
        Map<String, Object> one = Map.of("events", List.of("jira:issue_created"), "jqlFilter", "project = OPS");
        Reply five = app.post("/rest/api/3/webhook", Map.of("url", hookUrl(), "webhooks", List.of(one, one, one, one,
                one, one)));
        List<?> results = (List<?>) five.json().get("webhookRegistrationResult");
        assertThat(results.subList(0, 5)).allSatisfy(result -> assertThat(((Map<?, ?>) result)
                .get("createdWebhookId")).isNotNull());
        assertThat(((Map<?, ?>) results.get(5)).get("errors")).isEqualTo(List.of(WebhookResource.LIMIT_REACHED));

        Reply otherUrl = app.post("/rest/api/3/webhook", Map.of("url", hookUrl() + "/elsewhere", "webhooks",
                List.of(one)));
        assertThat(otherUrl.status()).isEqualTo(400);
        assertThat(otherUrl.errorMessages()).containsExactly(WebhookResource.ONE_URL);

        jira.registerOAuthClient("other-app", "other-app-secret-0123456789abcdef");
        JiraClient other = appClient("other-app", "other-app-secret-0123456789abcdef");
        assertThat(other.get("/rest/api/3/webhook").json()).containsEntry("total", 0);
        assertThat(other.post("/rest/api/3/webhook", Map.of("url", hookUrl() + "/other", "webhooks", List.of(one)))
                .status()).isEqualTo(200);
        assertThat(app.get("/rest/api/3/webhook").json()).containsEntry("total", 5);
        assertThat(jira.validationErrors()).isEmpty();
    }

    private JiraClient appClient() {
        return appClient(JiraEmulator.DEMO_CLIENT_ID, JiraEmulator.DEMO_CLIENT_SECRET);
    }

    private JiraClient appClient(String clientId, String secret) {
        Reply tokens = JiraClient.anonymous(jira.baseUrl()).postForm("/oauth/token", "grant_type=client_credentials"
                + "&client_id=" + clientId + "&client_secret=" + secret
                + "&scope=read%3Ajira-work%20write%3Ajira-work%20manage%3Ajira-webhook");
        return JiraClient.bearer(jira, (String) tokens.json().get("access_token"));
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }
}
