package io.github.jiracloud.camel.producer.comment;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.client.ExactlyOnce;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.OffsetPages;
import io.github.jiracloud.camel.client.OutcomeCheck;
import io.github.jiracloud.camel.producer.IdempotencyKey;

/**
 * Finds the comment that a comment/add with an idempotency key made, when the answer was lost. JQL can't find
 * comments, so this reads the comments newest first and then their properties the documented way, by id
 * ({@code POST /rest/api/3/comment/list?expand=properties}; the comment list documents only
 * {@code renderedBody}), and compares the {@value ExactlyOnce#PROPERTY} keys here. A comment without properties
 * simply isn't the one. It stops at comments older than the first attempt could have made (counted back from the
 * newest comment, on Jira's clock), so a long discussion is not read to the end. Both reads are answered from Jira's
 * database, not its lagging search, so a comment not found was not made.
 */
final class AddedCommentLookup implements OutcomeCheck {

    private static final String COMMENT_LIST = "/rest/api/3/comment/list";
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
    public Optional<Found> find() {
        OffsetPages comments = new OffsetPages(client, (startAt, maxResults) -> JiraRequest.get(commentsPath)
                .withQuery("orderBy", "-created").withQuery("startAt", startAt)
                .withQuery("maxResults", maxResults), "comments", PAGE_SIZE, 0);
        OffsetDateTime oldestPossible = null;
        List<Long> candidates = new ArrayList<>();
        while (comments.hasNext()) {
            Map<String, Object> comment = comments.next();
            OffsetDateTime created = created(comment);
            if (oldestPossible == null && created != null) {
                oldestPossible = created.minus(key.sinceFirstAttempt()).minus(MARGIN);
            } else if (created != null && created.isBefore(oldestPossible)) {
                break;
            }
            candidates.add(Long.valueOf(String.valueOf(comment.get("id"))));
            if (candidates.size() == PAGE_SIZE) {
                Optional<Found> found = carryingKey(candidates);
                if (found.isPresent()) {
                    return found;
                }
                candidates.clear();
            }
        }
        return carryingKey(candidates);
    }

    /** The comment among {@code ids} that carries the key, read with its properties. */
    private Optional<Found> carryingKey(List<Long> ids) {
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode body = JsonCodec.MAPPER.createObjectNode();
        ids.forEach(body.putArray("ids")::add);
        Object page = client.call(JiraRequest.query(COMMENT_LIST, body).withQuery("expand", "properties"));
        List<?> values = page instanceof Map<?, ?> map && map.get("values") instanceof List<?> list ? list : List.of();
        for (Object value : values) {
            if (value instanceof Map<?, ?> comment && carriesKey(comment)) {
                Map<String, Object> answer = new LinkedHashMap<>();
                comment.forEach((name, field) -> answer.put(String.valueOf(name), field));
                answer.remove("properties");
                return Optional.of(new Found(answer));
            }
        }
        return Optional.empty();
    }

    private boolean carriesKey(Map<?, ?> comment) {
        return comment.get("properties") instanceof List<?> properties && properties.stream()
                .anyMatch(property -> property instanceof Map<?, ?> entry
                        && ExactlyOnce.PROPERTY.equals(entry.get("key")) && key.matches(entry.get("value")));
    }

    private static OffsetDateTime created(Map<String, Object> comment) {
        try {
            return comment.get("created") instanceof String text ? OffsetDateTime.parse(text, JIRA_TIME) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
