package io.github.jiracloud.camel.producer;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JiraResponse;
import io.github.jiracloud.camel.client.OffsetPages;
import io.github.jiracloud.camel.client.OutcomeCheck;
import io.github.jiracloud.camel.error.JiraErrorDetails;
import io.github.jiracloud.camel.error.JiraException;

/**
 * Finds the comment that a comment/add with an idempotency key made, when the answer was lost. JQL can't find
 * comments, so this reads the comments newest first with their properties ({@code expand=properties}) and
 * compares the {@value IdempotencyKey#PROPERTY} keys here. It stops at comments older than the first attempt could
 * have made (counted back from the newest comment, on Jira's clock), so a long discussion is not read to the end.
 */
final class AddedCommentLookup implements OutcomeCheck {

    private static final Duration MARGIN = Duration.ofMinutes(5);
    private static final int PAGE_SIZE = 100;
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final JiraClient client;
    private final String commentsPath;
    private final IdempotencyKey key;

    AddedCommentLookup(JiraClient client, String commentsPath, IdempotencyKey key) {
        this.client = client;
        this.commentsPath = commentsPath;
        this.key = key;
    }

    @Override
    public Optional<JiraResponse> find() {
        try {
            OffsetPages comments = new OffsetPages(client, (startAt, maxResults) -> JiraRequest.get(commentsPath)
                    .withQuery("orderBy", "-created").withQuery("expand", "properties")
                    .withQuery("startAt", startAt).withQuery("maxResults", maxResults), "comments", PAGE_SIZE, 0);
            OffsetDateTime oldestPossible = null;
            while (comments.hasNext()) {
                Map<String, Object> comment = comments.next();
                OffsetDateTime created = created(comment);
                if (oldestPossible == null && created != null) {
                    oldestPossible = created.minus(key.sinceFirstAttempt()).minus(MARGIN);
                } else if (created != null && created.isBefore(oldestPossible)) {
                    break;
                }
                if (carriesKey(comment)) {
                    Map<String, Object> answer = new LinkedHashMap<>(comment);
                    answer.remove("properties");
                    return Optional.of(JiraResponse.standIn(201, null, answer));
                }
            }
            return Optional.empty();
        } catch (JiraException e) {
            throw key.lookUpFailed("POST", commentsPath, e);
        }
    }

    private boolean carriesKey(Map<String, Object> comment) {
        if (!(comment.get("properties") instanceof List<?> properties)) {
            // Without them no comment can be told apart: sending the comment again could make it twice.
            throw new JiraException(new JiraErrorDetails(0, "GET", commentsPath,
                    List.of("Jira listed the comments without their properties (expand=properties)"), null, null,
                    "The comment's outcome can't be checked; set idempotentCreate=false for this site"));
        }
        return properties.stream().anyMatch(property -> property instanceof Map<?, ?> entry
                && IdempotencyKey.PROPERTY.equals(entry.get("key")) && key.matches(entry.get("value")));
    }

    private static OffsetDateTime created(Map<String, Object> comment) {
        try {
            return comment.get("created") instanceof String text ? OffsetDateTime.parse(text, JIRA_TIME) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
