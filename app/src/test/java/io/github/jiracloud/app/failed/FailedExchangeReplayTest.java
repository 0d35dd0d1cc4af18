package io.github.jiracloud.app.failed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.jiracloud.app.drill.PlainBundle;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Replay and discard, through the bundle's own dead-letter and mirror flows in plain Camel: a mirror that failed
 * while Jira refused creates sits in the store with its input; replayed while Jira still refuses, it is updated; once
 * Jira is back, the replay makes the copy and removes the entry. One whose create may have been made after all is
 * replayed only as checked.
 */
class FailedExchangeReplayTest {

    private static final String FLOW = "cross-project-mirror";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path folder;
    private JiraEmulator emulator;
    private PlainBundle bundle;

    @BeforeEach
    void start() throws Exception {
        emulator = JiraEmulator.builder().port(0).build().start();
        bundle = new PlainBundle(folder, emulator.baseUrl(), new PlainBundle.Settings(0, 0, Duration.ofMinutes(5), 500,
                65536, Duration.ofMinutes(2), true), "test").start();
    }

    @AfterEach
    void stop() {
        bundle.close();
        emulator.close();
    }

    @Test
    void aReplayWhileJiraStillFailsUpdatesTheEntryAndOneAfterwardsMakesTheCopyAndRemovesIt() {
        refuseCreates();
        String source = createSource("Upgrade the load balancer");
        FailedExchange failed = awaitFailed(1).get(0);

        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.error().type()).isEqualTo("io.github.jiracloud.camel.error.JiraServerException");
        assertThat(failed.input().headers()).containsEntry("CamelJiraIssueKey", source);
        assertThat(failed.input().body()).contains("\"key\":\"" + source + "\"", "Upgrade the load balancer");

        FailedExchangeReplay.Outcome again = bundle.replay().replay(failed.id());
        assertThat(again.result()).isEqualTo(FailedExchangeReplay.Result.FAILED_AGAIN);
        FailedExchange updated = bundle.failed().get(failed.id()).orElseThrow();
        assertThat(updated.attempts()).isEqualTo(2);
        assertThat(updated.replayClaim()).as("a finished replay leaves no claim").isNull();
        assertThat(updated.lastFailedAt()).isAfterOrEqualTo(failed.lastFailedAt());

        emulator.controls().clearFaults();
        assertThat(bundle.replay().replay(failed.id()).result()).isEqualTo(FailedExchangeReplay.Result.REPLAYED);

        assertThat(bundle.failed().list(FailedExchanges.Filter.ALL)).isEmpty();
        assertThat(copiesOf(source)).hasSize(1);
        assertThat(bundle.replay().replay(failed.id()).result()).isEqualTo(FailedExchangeReplay.Result.NOT_FOUND);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void replayingAFlowReplaysEachOfItsEntriesOnceAndADiscardedOneIsGone() {
        refuseCreates();
        List<String> sources = List.of(createSource("One"), createSource("Two"), createSource("Three"));
        List<FailedExchange> failed = awaitFailed(3);
        FailedExchange discarded = failed.get(0);
        emulator.controls().clearFaults();

        assertThat(bundle.failed().remove(discarded.id())).isTrue();
        List<FailedExchangeReplay.Outcome> outcomes = bundle.replay().replayFlow(FLOW);

        assertThat(outcomes).extracting(FailedExchangeReplay.Outcome::result)
                .containsOnly(FailedExchangeReplay.Result.REPLAYED).hasSize(2);
        assertThat(bundle.failed().list(FailedExchanges.Filter.ALL)).isEmpty();
        String discardedSource = String.valueOf(discarded.input().headers().get("CamelJiraIssueKey"));
        for (String source : sources) {
            assertThat(copiesOf(source)).as(source).hasSize(source.equals(discardedSource) ? 0 : 1);
        }
        assertThat(bundle.replay().replay(discarded.id()).result())
                .isEqualTo(FailedExchangeReplay.Result.NOT_FOUND);
    }

    @Test
    void twoReplaysOfOneEntryAtOnceMakeOneCopy() throws Exception {
        refuseCreates();
        String source = createSource("Replayed twice at once");
        FailedExchange failed = awaitFailed(1).get(0);
        emulator.controls().clearFaults().injectFault(Fault.builder().method("POST").pathRegex("/rest/api/3/issue$")
                .delay(Duration.ofMillis(500)).build());

        ExecutorService operators = Executors.newFixedThreadPool(2);
        List<Future<FailedExchangeReplay.Outcome>> replays = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            replays.add(operators.submit(() -> bundle.replay().replay(failed.id())));
        }
        List<FailedExchangeReplay.Result> results = new ArrayList<>();
        for (Future<FailedExchangeReplay.Outcome> replay : replays) {
            results.add(replay.get().result());
        }
        operators.shutdown();

        assertThat(results).containsOnlyOnce(FailedExchangeReplay.Result.REPLAYED);
        assertThat(copiesOf(source)).hasSize(1);
    }

    @Test
    void aFlowThatIsNotRunningIsNotReplayedAndKeepsItsEntry() throws Exception {
        refuseCreates();
        createSource("Waits for its flow");
        FailedExchange failed = awaitFailed(1).get(0);
        bundle.camel().getRouteController().stopRoute(FLOW);

        FailedExchangeReplay.Outcome outcome = bundle.replay().replay(failed.id());

        assertThat(outcome.result()).isEqualTo(FailedExchangeReplay.Result.FLOW_NOT_RUNNING);
        assertThat(outcome.detail()).contains("start it");
        assertThat(bundle.failed().get(failed.id()).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void aCreateOfUnknownOutcomeIsNeitherRedeliveredNorReplayedBlindButReplayedOnceChecked() throws Exception {
        bundle.close(); // this one with the poller's redeliveries, which must not send it again either
        bundle = new PlainBundle(folder.resolve("redelivering"), emulator.baseUrl(), PlainBundle.Settings.defaults(),
                "test").start();
        // Search hides the copy while its create's answer is lost: the component cannot tell whether it was made.
        emulator.controls().searchLag(Duration.ofHours(1));
        String source = createSource("Answer lost");
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex("/rest/api/3/issue$")
                .dropResponseAfterCommit().build()).catchUpSearchIndex(); // the poller sees the source
        FailedExchange failed = awaitFailed(1).get(0);
        assertThat(failed.error().type()).isEqualTo("io.github.jiracloud.camel.error.JiraOutcomeUnknownException");
        assertThat(failed.error().message()).contains("idempotency key");
        assertThat(failed.attempts()).as("not delivered again by the poller").isEqualTo(1);
        assertThat(copiesOf(source)).as("the create took effect").hasSize(1);

        FailedExchangeReplay.Outcome blind = bundle.replay().replay(failed.id());
        assertThat(blind.result()).isEqualTo(FailedExchangeReplay.Result.OUTCOME_UNKNOWN);
        assertThat(blind.detail()).contains("outcomeChecked=true", "mirror-<source key>");
        assertThat(bundle.replay().replayFlow(FLOW)).extracting(FailedExchangeReplay.Outcome::result)
                .containsExactly(FailedExchangeReplay.Result.OUTCOME_UNKNOWN);
        assertThat(copiesOf(source)).as("nothing sent again blind").hasSize(1);
        assertThat(bundle.failed().get(failed.id()).orElseThrow().attempts()).isEqualTo(1);

        // The operator finds the copy by its label once Jira's search caught up, and replays it as checked: the
        // mirror finds that copy too, links it, and makes none.
        emulator.controls().catchUpSearchIndex();
        assertThat(bundle.replay().replay(failed.id(), true).result())
                .isEqualTo(FailedExchangeReplay.Result.REPLAYED);
        assertThat(copiesOf(source)).hasSize(1);
        assertThat(bundle.failed().list(FailedExchanges.Filter.ALL)).isEmpty();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    private void refuseCreates() {
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex("/rest/api/3/issue$").always()
                .respond(500, "{\"errorMessages\":[\"Internal server error\"],\"errors\":{}}").build());
    }

    private String createSource(String summary) {
        return emulator.data().createIssue(Map.of("project", Map.of("key", "OPS"), "issuetype",
                Map.of("name", "Task"), "summary", summary, "labels", List.of("mirror")));
    }

    private List<FailedExchange> awaitFailed(int count) {
        return await().atMost(WAIT).until(() -> bundle.failed().list(FailedExchanges.Filter.flow(FLOW)),
                entries -> entries.size() == count);
    }

    private List<String> copiesOf(String source) {
        return emulator.data().issueKeys("DEV").stream().filter(key -> {
            Object labels = ((Map<?, ?>) emulator.data().issue(key).orElseThrow().get("fields")).get("labels");
            return labels instanceof List<?> list && list.contains("mirror-" + source);
        }).toList();
    }
}
