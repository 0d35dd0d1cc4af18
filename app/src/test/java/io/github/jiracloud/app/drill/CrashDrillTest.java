package io.github.jiracloud.app.drill;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiracloud.app.failed.FailedExchange;
import io.github.jiracloud.app.failed.FailedExchanges;
import io.github.jiracloud.app.store.FileDocumentStore;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crash drills: the bundle's failure handling runs in a separate JVM ({@link DrillChild}: the same store, dead-letter,
 * replay, mirror and component classes as the app, in plain Camel) against an emulator in this JVM, and is killed
 * ({@code kill -9}) at random moments, then started again on the same folder: during a poll batch, during a replay,
 * during a webhook burst. After the last restart every source issue must have exactly one copy or sit in the store
 * of failed exchanges: nothing lost, nothing done twice.
 *
 * <p>The build runs {@value #DEFAULT_KILLS} kills per drill; {@code -Djira.crashDrill.kills=30} runs the full drills,
 * {@code -Djira.crashDrill.seed=<n>} repeats a run. Each drill prints its figures.
 */
class CrashDrillTest {

    static final int DEFAULT_KILLS = 3;
    private static final int KILLS = Integer.getInteger("jira.crashDrill.kills", DEFAULT_KILLS);
    private static final long SEED = Long.getLong("jira.crashDrill.seed", 16_2026L);
    private static final Duration SETTLE = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Kept when a drill fails: the children's logs and the store are in it. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;
    private JiraEmulator emulator;
    private DrillChildren children;
    private Random random;

    @BeforeEach
    void start() {
        emulator = JiraEmulator.builder().port(0).build().start();
        children = new DrillChildren(emulator.baseUrl(), folder);
        random = new Random(SEED);
    }

    @AfterEach
    void stop() throws InterruptedException {
        children.close();
        emulator.close();
    }

    @Test
    void killedDuringPollBatchesNoIssueIsLostOrMirroredTwice() throws Exception {
        // Jira refuses 30 % of the creates: most are redelivered and succeed, a few fail three times and are kept.
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex("/rest/api/3/issue$").always()
                .chance(0.3, SEED).respond(500, "{\"errorMessages\":[\"Internal server error\"],\"errors\":{}}")
                .build());
        List<String> sources = new ArrayList<>();
        List<String> poisoned = new ArrayList<>();
        for (int kill = 1; kill <= KILLS; kill++) {
            sources.addAll(createSources("mirror", 3));
            poisoned.add(createPoison("mirror"));
            DrillChildren.Child child = children.start("poll");
            Thread.sleep(random.nextInt(1500));
            children.kill(child);
        }
        sources.addAll(createSources("mirror", 3));
        poisoned.add(createPoison("mirror"));
        sources.addAll(poisoned);
        DrillChildren.Child last = children.start("poll");
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(200)).until(() -> unsettled(sources).isEmpty());
        children.kill(last);

        Figures figures = figures("poll batch", sources);
        System.out.println(figures);
        assertThat(keptSources()).as("what no retry cures is kept").containsAll(poisoned);
        assertThat(figures.lost()).as(figures.toString()).isZero();
        assertThat(figures.duplicated()).as(figures.toString()).isZero();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void killedDuringReplaysEveryKeptFailureIsReplayedExactlyOnce() throws Exception {
        // Slower creates widen the moments between a copy, its record and the end of the entry.
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex("/rest/api/3/issue$").always()
                .delay(Duration.ofMillis(40)).build());
        List<String> sources = new ArrayList<>();
        FailedExchanges store = store();
        int killedMidReplay = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            if (store.list(FailedExchanges.Filter.ALL).size() < 4) {
                sources.addAll(keptFailures(store, 4));
            }
            DrillChildren.Child child = children.start("replay");
            child.awaitStartsWith("START ", 60); // the kill lands while replays run: the first is slow (cold JVM)
            Thread.sleep(random.nextInt(1500));
            children.kill(child);
            killedMidReplay += child.replayInFlight() ? 1 : 0;
        }
        DrillChildren.Child last = children.start("replay");
        last.await("DONE", SETTLE.toSeconds());
        children.kill(last);

        Figures figures = figures("replay", sources);
        System.out.println(figures + "; " + killedMidReplay + " kills landed inside a replay");
        assertThat(store.list(FailedExchanges.Filter.ALL)).as("every kept failure was replayed").isEmpty();
        assertThat(figures.mirrored()).as(figures.toString()).isEqualTo(sources.size());
        assertThat(figures.duplicated()).as(figures.toString()).isZero();
        assertThat(figures.extraComments()).as(figures.toString()).isZero();
    }

    @Test
    void killedDuringAWebhookBurstEveryEventIsProcessedOnceAndNoAcknowledgedOneAgain() throws Exception {
        int port = freePort();
        Map<String, Map<String, Object>> events = new LinkedHashMap<>();
        Map<String, String> sourceOfEvent = new HashMap<>();
        WebhookSender sender = new WebhookSender(URI.create("http://127.0.0.1:" + port + DrillChild.WEBHOOK_PATH),
                folder.resolve("ledger"), new Random(SEED + 1));
        List<String> sources = new ArrayList<>();
        sender.start();
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                burst(events, sourceOfEvent, sources, sender, 4);
                DrillChildren.Child child = children.start("webhook", String.valueOf(port));
                Thread.sleep(random.nextInt(1000));
                children.kill(child);
            }
            burst(events, sourceOfEvent, sources, sender, 4);
            DrillChildren.Child last = children.start("webhook", String.valueOf(port));
            await().atMost(SETTLE).pollInterval(Duration.ofMillis(200)).until(() -> sender.unacknowledged() == 0);
            // Jira delivers some events twice: after the restarts, every acknowledged one comes once more.
            sender.resendAllAcknowledged();
            await().atMost(SETTLE).pollInterval(Duration.ofMillis(200)).until(() -> sender.unacknowledged() == 0);
            children.kill(last);
        } finally {
            sender.stop();
        }

        Figures figures = figures("webhook burst", sources);
        int reprocessed = sender.processedAgainAfterAcknowledgement();
        System.out.println(figures + "; " + sender.deliveries() + " deliveries of " + events.size() + " events, "
                + reprocessed + " processed again after Jira had its 200");
        assertThat(figures.lost()).as(figures.toString()).isZero();
        assertThat(figures.duplicated()).as(figures.toString()).isZero();
        assertThat(reprocessed).as("the shared de-duplication outlives the restarts").isZero();
    }

    /**
     * A source whose copy Jira always refuses (400: the copy's summary, "[KEY] " and the source's, passes 255
     * characters): what no retry cures, so it must end in the store.
     */
    private String createPoison(String label) {
        return emulator.data().createIssue(Map.of("project", Map.of("key", "OPS"), "issuetype",
                Map.of("name", "Task"), "summary", "Poison " + "x".repeat(245), "labels", List.of(label)));
    }

    /** New source issues with the label, as Jira users create them. */
    private List<String> createSources(String label, int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(emulator.data().createIssue(Map.of("project", Map.of("key", "OPS"), "issuetype",
                    Map.of("name", "Task"), "summary", "Drill " + label + " " + i, "labels", List.of(label))));
        }
        return keys;
    }

    /**
     * Failures as the dead-letter flow keeps them for cross-project-mirror (the poll drill covers how they get there):
     * sources outside the poller's query, so that only the replays mirror them.
     */
    private List<String> keptFailures(FailedExchanges store, int count) throws Exception {
        List<String> sources = createSources("replayed", count);
        for (String source : sources) {
            Instant now = Instant.now();
            Map<String, Object> issue = emulator.data().issue(source).orElseThrow();
            store.add(new FailedExchange(store.newId(), DrillChild.FLOW, now, now, 3,
                    new FailedExchange.Error("io.github.jiracloud.camel.error.JiraServerException", "HTTP 500"),
                    new FailedExchange.Input(FailedExchange.BodyKind.JSON, JSON.writeValueAsString(polled(issue)), 0,
                            Map.of("CamelJiraIssueKey", source, "CamelJiraIssueId", String.valueOf(issue.get("id"))),
                            null),
                    null));
        }
        return sources;
    }

    private void burst(Map<String, Map<String, Object>> events, Map<String, String> sourceOfEvent,
            List<String> sources, WebhookSender sender, int count) {
        List<String> created = new ArrayList<>(createSources("hooked", count - 1));
        created.add(createPoison("hooked"));
        for (String source : created) {
            String id = "evt-" + (events.size() + 1);
            Map<String, Object> event = Map.of("timestamp", System.currentTimeMillis(), "webhookEvent",
                    "jira:issue_created", "issue", polled(emulator.data().issue(source).orElseThrow()));
            events.put(id, event);
            sourceOfEvent.put(id, source);
            sources.add(source);
            sender.add(id, event);
        }
    }

    /** The issue as the poller and webhooks carry it: id, key and the fields the mirror reads. */
    private static Map<String, Object> polled(Map<String, Object> issue) {
        Map<?, ?> fields = (Map<?, ?>) issue.get("fields");
        Map<String, Object> carried = new LinkedHashMap<>();
        carried.put("summary", fields.get("summary"));
        carried.put("status", fields.get("status"));
        carried.put("updated", fields.get("updated"));
        return Map.of("id", String.valueOf(issue.get("id")), "key", issue.get("key"), "fields", carried);
    }

    private FailedExchanges store() {
        return new FailedExchanges(new FileDocumentStore(folder.resolve("store")), 16,
                new FailedExchanges.Limits(10_000, Duration.ofDays(30), 65536), Clock.systemUTC(), (e, r) -> {
                });
    }

    /** Sources with neither a copy nor a kept failure yet. */
    private List<String> unsettled(List<String> sources) {
        Map<String, Integer> copies = copies();
        Set<String> kept = keptSources();
        return sources.stream().filter(source -> copies.getOrDefault(source, 0) == 0 && !kept.contains(source))
                .toList();
    }

    /** Copies per source key, from the labels mirror-<key> in DEV. */
    private Map<String, Integer> copies() {
        Map<String, Integer> copies = new HashMap<>();
        for (String key : emulator.data().issueKeys("DEV")) {
            Object labels = ((Map<?, ?>) emulator.data().issue(key).orElseThrow().get("fields")).get("labels");
            if (labels instanceof List<?> list) {
                list.stream().map(String::valueOf).filter(label -> label.startsWith("mirror-"))
                        .forEach(label -> copies.merge(label.substring("mirror-".length()), 1, Integer::sum));
            }
        }
        return copies;
    }

    private Set<String> keptSources() {
        Set<String> kept = ConcurrentHashMap.newKeySet();
        store().list(FailedExchanges.Filter.ALL)
                .forEach(entry -> kept.add(String.valueOf(entry.input().headers().get("CamelJiraIssueKey"))));
        return kept;
    }

    private Figures figures(String drill, List<String> sources) {
        Map<String, Integer> copies = copies();
        Set<String> kept = keptSources();
        int mirrored = 0;
        int keptOnly = 0;
        int lost = 0;
        int duplicated = 0;
        int both = 0;
        for (String source : sources) {
            int count = copies.getOrDefault(source, 0);
            boolean inStore = kept.contains(source);
            mirrored += count == 1 ? 1 : 0;
            duplicated += count > 1 ? 1 : 0;
            keptOnly += count == 0 && inStore ? 1 : 0;
            lost += count == 0 && !inStore ? 1 : 0;
            both += count >= 1 && inStore ? 1 : 0;
        }
        int comments = 0;
        for (String key : emulator.data().issueKeys("DEV")) {
            comments += emulator.data().comments(key).size();
        }
        return new Figures(drill, KILLS, children.started(), children.medianStartMillis(), sources.size(), mirrored,
                keptOnly, lost, duplicated, both, comments);
    }

    /** What a drill ends with; {@code keptAndMirrored}: kept, though a later delivery made the copy (harmless). */
    record Figures(String drill, int kills, int starts, long medianStartMillis, int issues, int mirrored, int kept,
            int lost, int duplicated, int keptAndMirrored, int extraComments) {
        @Override
        public String toString() {
            return "CrashDrill " + drill + " (seed " + SEED + "): " + kills + " kills, " + starts + " starts (ready in "
                    + medianStartMillis + " ms, median), "
                    + issues + " issues: " + mirrored + " mirrored once, " + kept + " kept as failed, lost = " + lost
                    + ", duplicated = " + duplicated + ", kept though mirrored = " + keptAndMirrored
                    + ", extra comments = " + extraComments;
        }
    }

    /**
     * Delivers webhook events as Jira does: each until it gets a 2xx (retrying on 409, 5xx and dead connections),
     * and some of the acknowledged ones once more. Notes how often the child had started processing an event when
     * its 200 arrived, to find processing after it.
     */
    private static final class WebhookSender {
        private static final int THREADS = 3;
        private final URI target;
        private final Path ledger;
        private final Random random;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final Map<String, String> pending = new ConcurrentHashMap<>();
        private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
        private final Map<String, Integer> processedAtAcknowledgement = new ConcurrentHashMap<>();
        private final AtomicInteger deliveries = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

        WebhookSender(URI target, Path ledger, Random random) {
            this.target = target;
            this.ledger = ledger;
            this.random = random;
        }

        void add(String id, Map<String, Object> event) {
            try {
                pending.put(id, JSON.writeValueAsString(event));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void start() {
            for (int i = 0; i < THREADS; i++) {
                threads.submit(this::deliverLoop);
            }
        }

        private void deliverLoop() {
            while (running.get()) {
                List<String> ids = new ArrayList<>(pending.keySet());
                if (ids.isEmpty()) {
                    pause(20);
                    continue;
                }
                String id = ids.get(Math.floorMod(Thread.currentThread().hashCode() + random.nextInt(1000),
                        ids.size()));
                String body = pending.get(id);
                if (body == null) {
                    continue;
                }
                int status = post(id, body);
                if (status >= 200 && status < 300 && pending.remove(id) != null) {
                    processedAtAcknowledgement.putIfAbsent(id, processed(id));
                    acknowledged.put(id, body);
                    if (random.nextInt(5) == 0) {
                        post(id, body); // a duplicate delivery, as Jira sends some
                    }
                } else {
                    pause(status == 0 ? 200 : 50); // down: the child starts faster when not hammered
                }
            }
        }

        void resendAllAcknowledged() {
            pending.putAll(acknowledged);
        }

        int unacknowledged() {
            return pending.size();
        }

        int deliveries() {
            return deliveries.get();
        }

        /** Processing that started after the event's first 200. */
        int processedAgainAfterAcknowledgement() {
            int again = 0;
            for (Map.Entry<String, Integer> seen : processedAtAcknowledgement.entrySet()) {
                again += processed(seen.getKey()) - seen.getValue();
            }
            return again;
        }

        private int post(String id, String body) {
            deliveries.incrementAndGet();
            try {
                return http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json").header("X-Atlassian-Webhook-Identifier", id)
                        .header("X-Hub-Signature", signature(body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return 0; // the child is dead or not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }

        /** As Jira signs an admin webhook's delivery: sha256= and the hex HMAC-SHA256 of the body. */
        private static String signature(String body) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(DrillChild.WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private int processed(String id) {
            try {
                if (!Files.exists(ledger)) {
                    return 0;
                }
                return (int) Files.readAllLines(ledger, StandardCharsets.UTF_8).stream().filter(id::equals).count();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdownNow();
            threads.awaitTermination(10, TimeUnit.SECONDS);
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
