package io.github.jiracloud.camel.producer.issue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.client.ExactlyOnce;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JqlQuery;
import io.github.jiracloud.camel.client.JqlSearch;
import io.github.jiracloud.camel.client.OutcomeCheck;
import io.github.jiracloud.camel.producer.IdempotencyKey;
import io.github.jiracloud.camel.producer.IssueFields;

/**
 * Finds the issue that an issue/create with an idempotency key made, when the answer to the create was lost.
 *
 * <p>Jira Cloud's JQL can query an entity property only when an app has declared it for indexing, which a REST
 * client cannot do. So the search asks for what is always indexed, the caller's issues of the project created since
 * the first attempt (with a margin), newest first, has Jira return each one's {@value ExactlyOnce#PROPERTY}
 * property with it, and compares the keys here. The window is counted on Jira's clock ({@code created >= "-Nm"}),
 * so a clock skew between here and Jira does not matter. Search shows a new issue only after a lag (seconds, sometimes
 * minutes), so an empty result is not conclusive: the look-up is repeated during the connection's look-up window,
 * and then the create's outcome is unknown.
 */
final class CreatedIssueLookup implements OutcomeCheck {

    static final String CREATE_PATH = "/rest/api/3/issue";
    /** More than the time between sending a create and Jira stamping it, and the rounding to whole minutes. */
    private static final Duration MARGIN = Duration.ofMinutes(5);
    private static final int PAGE_SIZE = 100;

    private final JiraClient client;
    /** The project in JQL: its id, or its key quoted. */
    private final String project;
    private final IdempotencyKey key;

    private CreatedIssueLookup(JiraClient client, String project, IdempotencyKey key) {
        this.client = client;
        this.project = project;
        this.key = key;
    }

    /** @return the lookup for a create request, or empty when it names no project to search (Jira will refuse it) */
    static Optional<CreatedIssueLookup> of(JiraClient client, ObjectNode createRequest, IdempotencyKey key) {
        JsonNode project = createRequest.path("fields").path("project");
        if (project.hasNonNull("id")) {
            String id = project.get("id").asText();
            return IssueFields.isNumericId(id)
                    ? Optional.of(new CreatedIssueLookup(client, id, key))
                    : Optional.empty();
        }
        if (project.hasNonNull("key") && !project.get("key").asText().isBlank()) {
            return Optional.of(new CreatedIssueLookup(client, quoted(project.get("key").asText()), key));
        }
        return Optional.empty();
    }

    @Override
    public Optional<Found> find() {
        JqlSearch issues = new JqlSearch(client,
                JqlQuery.of(jql()).withFields(List.of("created")).withProperties(List.of(ExactlyOnce.PROPERTY)),
                PAGE_SIZE, 0, null);
        while (issues.hasNext()) {
            Map<String, Object> issue = issues.next();
            if (issue.get("properties") instanceof Map<?, ?> properties
                    && key.matches(properties.get(ExactlyOnce.PROPERTY))) {
                return Optional.of(new Found(createAnswer(issue)));
            }
        }
        return Optional.empty();
    }

    /** Search shows a new issue only after a lag: not finding it says nothing. */
    @Override
    public boolean absenceIsConclusive() {
        return false;
    }

    String jql() {
        long minutes = key.sinceFirstAttempt().plus(MARGIN).toMinutes() + 1;
        return "project = " + project + " AND creator = currentUser() AND created >= \"-" + minutes + "m\""
                + " ORDER BY created DESC";
    }

    /** What Jira answers a create with: {@code {id, key, self}}. */
    private static Map<String, Object> createAnswer(Map<String, Object> issue) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", issue.get("id"));
        answer.put("key", issue.get("key"));
        answer.put("self", issue.get("self"));
        return answer;
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
