package io.github.jiracloud.camel.producer.bulk;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.OutcomeCheck;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.error.JiraErrorDetails;
import io.github.jiracloud.camel.error.JiraException;
import io.github.jiracloud.camel.error.JiraOutcomeUnknownException;

/**
 * Submits Jira's asynchronous bulk requests and follows their tasks. A submit whose answer is lost is never sent
 * again: Jira offers no way to find a task by who submitted it or what it changes, so a second submit could start a
 * second task; the action fails with {@link JiraOutcomeUnknownException} instead. A task is followed with
 * {@code GET /rest/api/3/bulk/queue/{taskId}}, first after {@code bulkPollDelay}, then twice as long each time up to
 * {@code bulkPollMaxDelay}, for at most {@code bulkTimeout} (time spent waiting, so a test's sleeper needs no clock).
 */
final class BulkTaskRunner {

    private static final String QUEUE = "/rest/api/3/bulk/queue/{taskId}";
    /** The states after which a task changes nothing more. */
    private static final Set<String> OVER = Set.of("COMPLETE", "FAILED", "CANCELLED", "DEAD");

    private final JiraClient client;
    private final JiraConfiguration configuration;

    BulkTaskRunner(JiraClient client, JiraConfiguration configuration) {
        this.client = client;
        this.configuration = configuration;
    }

    /**
     * @return the new task's id
     * @throws JiraOutcomeUnknownException when the answer was lost (a task may have started)
     * @throws JiraException when Jira refused the request as a whole
     */
    String submit(String path, JsonNode body) {
        JiraRequest request = JiraRequest.post(path, body).withBodyExpected()
                .withOutcomeCheck(new LostSubmit(path));
        Object answer = client.call(request);
        if (answer instanceof Map<?, ?> submitted && submitted.get("taskId") != null) {
            return submitted.get("taskId").toString();
        }
        throw new JiraException(new JiraErrorDetails(201, "POST", path,
                List.of("Jira accepted the bulk request but named no taskId: " + answer), null, null, null));
    }

    /**
     * Waits until the task is over.
     *
     * @param percent told the task's progressPercent at each look
     * @return Jira's last progress of the task (status COMPLETE, FAILED, CANCELLED or DEAD)
     * @throws JiraOutcomeUnknownException when the task is still running after bulkTimeout
     */
    Map<?, ?> await(String taskId, IntConsumer percent) {
        Duration delay = Duration.ofMillis(configuration.getBulkPollDelay());
        Duration waited = Duration.ZERO;
        Duration timeout = Duration.ofMillis(configuration.getBulkTimeout());
        while (true) {
            client.pause(delay);
            waited = waited.plus(delay);
            Map<?, ?> progress = progress(taskId);
            if (progress.get("progressPercent") instanceof Number number) {
                percent.accept(number.intValue());
            }
            if (OVER.contains(String.valueOf(progress.get("status")))) {
                return progress;
            }
            if (waited.compareTo(timeout) >= 0) {
                throw new JiraOutcomeUnknownException(new JiraErrorDetails(0, "GET",
                        PathTemplate.expand(QUEUE, taskId),
                        List.of("The bulk task " + taskId + " is still " + progress.get("status") + " ("
                                + progress.get("progressPercent") + "%) after " + waited.toMillis() + " ms"),
                        null, null, "Its issues may yet change: follow it with jira:bulk/status?taskId=" + taskId
                                + ", or allow more time with bulkTimeout"),
                        null, null);
            }
            delay = min(delay.multipliedBy(2), Duration.ofMillis(configuration.getBulkPollMaxDelay()));
        }
    }

    /** Jira's progress of a task, as it is now. */
    Map<?, ?> progress(String taskId) {
        Object answer = client.call(JiraRequest.get(PathTemplate.expand(QUEUE, taskId)));
        return answer instanceof Map<?, ?> map ? map : Map.of();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** What a lost submit leaves: nothing to look up, so the typed "outcome unknown" instead of a second task. */
    private record LostSubmit(String path) implements OutcomeCheck {

        @Override
        public Optional<Found> find() {
            throw new JiraOutcomeUnknownException(new JiraErrorDetails(0, "POST", path,
                    List.of("The answer to the bulk request was lost, so Jira may or may not have started a task "
                            + "for it"),
                    null, null, "It was not sent again, which could start a second task; check the issues (or "
                            + "Jira's bulk operations page) before submitting them again"),
                    null, null);
        }
    }
}
