package io.github.jiracloud.app.flows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.jiracloud.app.drill.PlainBundle;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * cross-project-mirror while Jira's search lags its writes (issue 14 §3), with the emulator's index lag at 0, 5 s and
 * 60 s on its own clock, which the test runs fast: bursts of updates to freshly created sources, and a link that Jira
 * refuses now and then, so that a change is delivered again moments after its copy was made, while the copy is not
 * yet searchable. One copy per source (the durable record, not the search, says which copy a source has), and the
 * last update of each source reaches its copy.
 */
class MirrorUnderSearchLagTest {

    private static final int SOURCES = 4;
    private static final int BURSTS = 3;
    private static final int UPDATES_PER_BURST = 3;

    @TempDir
    Path folder;
    private final SettableClock jiraTime = SettableClock.ticking();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ScheduledExecutorService timeMover = Executors.newSingleThreadScheduledExecutor();
    private JiraEmulator emulator;
    private PlainBundle bundle;

    @AfterEach
    void stop() {
        timeMover.shutdownNow();
        if (bundle != null) {
            bundle.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @ParameterizedTest(name = "search lag {0} s")
    @ValueSource(ints = {0, 5, 60})
    void burstsOfUpdatesMakeOneCopyPerSourceAndMissNoUpdate(int lagSeconds) throws Exception {
        Duration lag = Duration.ofSeconds(lagSeconds);
        emulator = JiraEmulator.builder().port(0).clock(jiraTime).searchLag(lag).build().start();
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex("/rest/api/3/issueLink$").always()
                .chance(0.3, lagSeconds).respond(500, "{\"errorMessages\":[\"Internal server error\"],\"errors\":{}}")
                .build());
        bundle = new PlainBundle(folder, emulator.baseUrl(), new PlainBundle.Settings(8, 0, Duration.ofMinutes(5), 500,
                65536, Duration.ofMinutes(2), true), "lag-test").start();
        // Jira's time runs 20 times faster than the test's, so a minute of lag passes in three seconds.
        timeMover.scheduleAtFixedRate(() -> jiraTime.advance(Duration.ofMillis(950)), 50, 50, TimeUnit.MILLISECONDS);

        List<String> sources = new ArrayList<>();
        for (int i = 0; i < SOURCES; i++) {
            sources.add(emulator.data().createIssue(Map.of("project", Map.of("key", "OPS"), "issuetype",
                    Map.of("name", "Task"), "summary", "Source " + i, "labels", List.of("mirror"))));
        }
        for (int burst = 1; burst <= BURSTS; burst++) {
            for (int update = 1; update <= UPDATES_PER_BURST; update++) {
                for (String source : sources) {
                    rename(source, "Burst " + burst + " update " + update + " of " + source);
                }
            }
            Thread.sleep(300 + lagSeconds * 50L); // a lag's worth of Jira's time, then the next burst
        }
        String last = "Burst " + BURSTS + " update " + UPDATES_PER_BURST + " of ";

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> sources.stream()
                .allMatch(source -> copies(source).stream().anyMatch(copy -> lastWord(copy).contains(last + source))));
        Thread.sleep(1000); // polls that see the last changes once more must not add anything

        for (String source : sources) {
            assertThat(copies(source)).as("duplicates of " + source + " at lag " + lag).hasSize(1);
            assertThat(lastWord(copies(source).get(0))).as("the last update of " + source).contains(last + source);
        }
        assertThat(bundle.failed().list(io.github.jiracloud.app.failed.FailedExchanges.Filter.ALL)).isEmpty();
    }

    private void rename(String key, String summary) throws Exception {
        String credentials = JiraEmulator.DEMO_EMAIL + ":" + JiraEmulator.DEMO_API_TOKEN;
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                + "/rest/api/3/issue/" + key)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(
                        StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"fields\": {\"summary\": \"" + summary + "\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
    }

    /** The copies of a source: DEV issues labelled mirror-<key>, read directly (not through the lagging search). */
    private List<String> copies(String source) {
        return emulator.data().issueKeys("DEV").stream().filter(key -> {
            Object labels = ((Map<?, ?>) emulator.data().issue(key).orElseThrow().get("fields")).get("labels");
            return labels instanceof List<?> list && list.contains("mirror-" + source);
        }).toList();
    }

    /** What the copy says last: its newest comment, or its own summary when it has none. */
    private String lastWord(String copy) {
        List<Map<String, Object>> comments = emulator.data().comments(copy);
        return comments.isEmpty()
                ? String.valueOf(((Map<?, ?>) emulator.data().issue(copy).orElseThrow().get("fields")).get("summary"))
                : String.valueOf(comments.get(comments.size() - 1).get("body"));
    }
}
