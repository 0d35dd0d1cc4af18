package io.github.jiracloud.app.failed;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.github.jiracloud.app.flows.DeadLetters;
import io.github.jiracloud.app.store.ConfigMapDocumentStore;
import io.github.jiracloud.app.store.DocumentStore;
import io.github.jiracloud.app.store.FileDocumentStore;
import io.github.jiracloud.emulator.SettableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's bounds (count, age, body size), each drop logged and counted; what it keeps of a failed exchange (the
 * input, the component's headers, never a credential); and the same on ConfigMaps, shared by two replicas.
 */
class FailedExchangesTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final List<String> dropped = new ArrayList<>();
    private KubernetesMockServer kubernetes;
    private CamelContext camel;

    @TempDir
    Path folder;

    @BeforeEach
    void start() {
        kubernetes = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        kubernetes.init();
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        kubernetes.destroy();
    }

    @Test
    void overItsCountTheOldestIsDroppedAndCounted() {
        FailedExchanges store = store(new FileDocumentStore(folder), 3, 1024);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(store.add(entry(store, "bug-triage", "{\"n\": " + i + "}")).id());
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(store.list(FailedExchanges.Filter.ALL)).extracting(FailedExchange::id)
                .containsExactly(ids.get(4), ids.get(3), ids.get(2));
        assertThat(dropped).containsExactly(ids.get(0) + " count", ids.get(1) + " count");
    }

    @Test
    void pastItsAgeAnEntryIsDroppedAndCounted() {
        FailedExchanges store = store(new FileDocumentStore(folder), 10, 1024);
        String old = store.add(entry(store, "sla-escalation", "{}")).id();
        clock.advance(Duration.ofDays(29));
        String recent = store.add(entry(store, "sla-escalation", "{}")).id();
        clock.advance(Duration.ofDays(2));

        assertThat(store.pendingByFlow()).containsExactly(Map.entry("sla-escalation", 1));
        assertThat(store.get(recent)).isPresent();
        assertThat(store.get(old)).isEmpty();
        assertThat(dropped).containsExactly(old + " age");
    }

    @Test
    void aFullShardDropsItsOldestEntriesCountedAndLogged() {
        FailedExchanges store = store(new FileDocumentStore(folder), 1, 100, FailedExchanges.MAX_BODY_BYTES);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(store.add(entry(store, "bug-triage", "\"" + "x".repeat(400_000) + "\"")).id());
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(store.list(FailedExchanges.Filter.ALL)).extracting(FailedExchange::id)
                .containsExactly(ids.get(2), ids.get(1));
        assertThat(dropped).containsExactly(ids.get(0) + " size");
    }

    @Test
    void anInputOverTheBodyLimitIsKeptWithoutItsBodyAndSaysWhy() throws Exception {
        FailedExchanges store = store(new FileDocumentStore(folder), 10, 100);
        failThrough(store, "x".repeat(101), Map.of("CamelJiraIssueKey", "OPS-1"));

        FailedExchange entry = store.list(FailedExchanges.Filter.ALL).get(0);
        assertThat(entry.input().replayable()).isFalse();
        assertThat(entry.input().body()).isNull();
        assertThat(entry.input().size()).isEqualTo(101);
        assertThat(entry.input().notReplayableBecause())
                .contains("101 bytes", "failed-exchanges.max-body-bytes=100");
        assertThat(entry.input().headers()).containsEntry("CamelJiraIssueKey", "OPS-1");
    }

    @Test
    void theInputIsKeptAsItEnteredTheFlowWithoutTheRequestsHeadersOrAnyCredential() throws Exception {
        FailedExchanges store = store(new FileDocumentStore(folder), 10, 65536);
        failThrough(store, "{\"fingerprint\": \"disk\"}", Map.of("Authorization", "Basic ZGVtbzpzM2NyM3Q=",
                "Cookie", "session=abc", "CamelJiraIssueKey", "OPS-7", "CamelJiraDeliveryAttempt", 3));

        FailedExchange entry = store.list(FailedExchanges.Filter.ALL).get(0);
        assertThat(entry.flow()).isEqualTo("intake");
        assertThat(entry.input().kind()).isEqualTo(FailedExchange.BodyKind.TEXT);
        assertThat(entry.input().body()).isEqualTo("{\"fingerprint\": \"disk\"}");
        assertThat(entry.input().headers()).containsOnlyKeys("CamelJiraIssueKey", "CamelJiraDeliveryAttempt");
        assertThat(entry.error().message()).contains("Basic xxxxxx", "apiToken=xxxxxx")
                .doesNotContain("ZGVtbzpzM2NyM3Q", "s3cr3t");
        StringBuilder stored = new StringBuilder();
        for (String shard : store.shardNames()) {
            java.nio.file.Path file = folder.resolve("records").resolve(shard + ".json");
            if (java.nio.file.Files.exists(file)) {
                stored.append(java.nio.file.Files.readString(file));
            }
        }
        assertThat(stored).contains(entry.id()).doesNotContain("ZGVtbzpzM2NyM3Q", "s3cr3t", "session=abc");
    }

    @Test
    void onConfigMapsTwoReplicasShareTheEntriesTheirBoundsAndOneReplayClaim() throws Exception {
        FailedExchanges podA = store(configMaps(), 2, 1024);
        FailedExchanges podB = store(configMaps(), 2, 1024);
        String first = podA.add(entry(podA, "bug-triage", "{}")).id();
        clock.advance(Duration.ofSeconds(1));
        String second = podB.add(entry(podB, "cross-project-mirror", "{}")).id();
        clock.advance(Duration.ofSeconds(1));
        String third = podA.add(entry(podA, "cross-project-mirror", "{}")).id();

        assertThat(podB.list(FailedExchanges.Filter.ALL)).extracting(FailedExchange::id)
                .containsExactly(third, second);
        assertThat(dropped).containsExactly(first + " count");
        assertThat(podA.list(new FailedExchanges.Filter("cross-project-mirror", "JiraServerException", null,
                null))).hasSize(2);
        assertThat(podA.list(new FailedExchanges.Filter(null, null, clock.instant(), null)))
                .extracting(FailedExchange::id).containsExactly(third);

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (FailedExchanges replica : List.of(podA, podB)) {
            claims.add(replicas.submit(() -> replica.claim(second, replica.toString(), Duration.ofMinutes(5))
                    .isPresent()));
        }
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get() ? 1 : 0;
        }
        replicas.shutdown();
        assertThat(won).as("one replay at a time").isEqualTo(1);
        clock.advance(Duration.ofMinutes(6));
        assertThat(podB.claim(second, "podB", Duration.ofMinutes(5))).as("a dead replayer's claim ends")
                .isPresent();
        assertThat(podA.failedAgain(second, new FailedExchange.Error("java.lang.IllegalStateException", "again")))
                .hasValueSatisfying(entry -> {
                    assertThat(entry.attempts()).isEqualTo(2);
                    assertThat(entry.replayClaim()).isNull();
                });
        assertThat(podB.remove(second)).isTrue();
        assertThat(podA.pendingByFlow()).containsExactly(Map.entry("cross-project-mirror", 1));
    }

    private FailedExchanges store(DocumentStore documents, int maxEntries, int maxBodyBytes) {
        return store(documents, 4, maxEntries, maxBodyBytes);
    }

    private FailedExchanges store(DocumentStore documents, int shards, int maxEntries, int maxBodyBytes) {
        return new FailedExchanges(documents, shards, new FailedExchanges.Limits(maxEntries, Duration.ofDays(30),
                maxBodyBytes), clock, (entry, reason) -> dropped.add(entry.id() + " " + reason));
    }

    private ConfigMapDocumentStore configMaps() {
        KubernetesClient client = kubernetes.createClient();
        return new ConfigMapDocumentStore(client, "jira", "jira-route-bundle");
    }

    private FailedExchange entry(FailedExchanges store, String flow, String body) {
        Instant now = clock.instant();
        return new FailedExchange(store.newId(), flow, now, now, 1,
                new FailedExchange.Error("io.github.jiracloud.camel.error.JiraServerException", "HTTP 500"),
                new FailedExchange.Input(FailedExchange.BodyKind.JSON, body, body.length(), Map.of(), null), null);
    }

    /** Sends the input through a route that fails, with the dead-letter flow's bean keeping it. */
    private void failThrough(FailedExchanges store, String body, Map<String, Object> headers) throws Exception {
        camel = new DefaultCamelContext();
        camel.setAllowUseOriginalMessage(true);
        camel.getRegistry().bind("deadLetters", new DeadLetters(store, new SimpleMeterRegistry()));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("bean:deadLetters?method=record"));
                from("direct:intake").routeId("intake")
                        .setBody(constant("changed by the flow"))
                        .removeHeaders("*")
                        .throwException(new IllegalStateException("Calling https://x.atlassian.net/?apiToken=s3cr3t "
                                + "with Authorization: Basic ZGVtbzpzM2NyM3Q= failed"));
            }
        });
        camel.start();
        camel.createProducerTemplate().sendBodyAndHeaders("direct:intake", body, headers);
    }
}
