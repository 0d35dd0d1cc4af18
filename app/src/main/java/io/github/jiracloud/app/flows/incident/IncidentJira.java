package io.github.jiracloud.app.flows.incident;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraNotFoundException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;

/**
 * The Jira calls of the incident-intake flow, each through a {@code jira:} endpoint, so they get the connection's
 * retries, exactly-once creates and typed errors like every flow's.
 */
final class IncidentJira {

    private final ProducerTemplate camel;
    private final String createUri;

    IncidentJira(ProducerTemplate camel, IncidentSettings settings) {
        this.camel = camel;
        this.createUri = "jira:issue/create?project=" + settings.project() + "&issueType=RAW(" + settings.issueType()
                + ")";
    }

    /** @param idempotencyKey the same for an attempt sent again, so that Jira's answer lost on the way costs nothing */
    String create(Map<String, Object> fields, String idempotencyKey) {
        Map<?, ?> created = call(() -> camel.requestBodyAndHeader(createUri, fields, JiraConstants.IDEMPOTENCY_KEY,
                idempotencyKey, Map.class));
        return String.valueOf(created.get("key"));
    }

    void comment(String issueKey, String text) {
        call(() -> camel.requestBodyAndHeader("jira:comment/add", text, JiraConstants.ISSUE_KEY, issueKey));
    }

    /** @return whether the issue is in a Done status, or empty when it no longer exists */
    Optional<Boolean> isDone(String issueKey) {
        try {
            Map<?, ?> issue = call(() -> camel.requestBodyAndHeader("jira:issue/get?fields=status", null,
                    JiraConstants.ISSUE_KEY, issueKey, Map.class));
            return Optional.of(isDone(issue));
        } catch (JiraNotFoundException e) {
            return Optional.empty();
        }
    }

    void transition(String issueKey, String transition) {
        call(() -> camel.requestBodyAndHeaders("jira:issue/transition", null,
                Map.of(JiraConstants.ISSUE_KEY, issueKey, JiraConstants.TRANSITION, transition)));
    }

    /**
     * The fallback when the shared record knows nothing: the newest issue with the label that is not done. Search
     * lags writes, so this never decides alone whether an issue was just opened.
     */
    Optional<String> findOpen(String project, String label) {
        String jql = "project = \"" + project + "\" AND labels = \"" + label + "\" AND statusCategory != Done "
                + "ORDER BY created DESC";
        List<?> found = call(() -> camel.requestBodyAndHeader("jira:search/jql?fields=status&limit=1", null,
                JiraConstants.JQL, jql, List.class));
        return found.isEmpty() ? Optional.empty() : Optional.of(String.valueOf(((Map<?, ?>) found.get(0)).get("key")));
    }

    private static boolean isDone(Map<?, ?> issue) {
        Object fields = issue.get("fields");
        Object status = fields instanceof Map<?, ?> map ? map.get("status") : null;
        Object category = status instanceof Map<?, ?> map ? map.get("statusCategory") : null;
        return category instanceof Map<?, ?> map && "done".equals(map.get("key"));
    }

    /** The Jira exception itself, not Camel's wrapper: the route's error handling tells transient from final. */
    private static <T> T call(Callable<T> call) {
        try {
            return call.call();
        } catch (CamelExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
