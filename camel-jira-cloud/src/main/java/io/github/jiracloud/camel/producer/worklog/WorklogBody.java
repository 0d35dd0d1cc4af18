package io.github.jiracloud.camel.producer.worklog;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.adf.TextFormat;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.producer.IssueFields;

/**
 * The worklog bodies users like to send, as Jira's Worklog: a duration such as {@code "1h 30m"} (or a
 * {@link Duration}, or a number of seconds) alone, or an object with {@code timeSpent} or {@code timeSpentSeconds},
 * {@code started} (an {@link OffsetDateTime}, {@link Instant}, {@link ZonedDateTime}, {@link Date} or ISO text,
 * written the way Jira parses it: {@code 2026-11-28T10:15:30.000+0000}) and a {@code comment} in plain text or
 * Markdown (made ADF) or ADF.
 */
final class WorklogBody {

    /** The only form Jira reads: milliseconds and an offset without a colon. */
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final Pattern DURATION = Pattern.compile("(\\d+(\\.\\d+)?\\s*[wdhm]?\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private WorklogBody() {
    }

    /** @param action names the action in error messages, e.g. {@code worklog/add} */
    static ObjectNode toRequest(Object body, TextFormat format, String action) {
        if (body == null || body instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException("The " + action + " body is empty: send the time spent (\"1h 30m\") "
                    + "or {\"timeSpent\": \"1h 30m\", \"started\": ..., \"comment\": \"...\"}");
        }
        ObjectNode worklog;
        if (body instanceof String text && !text.stripLeading().startsWith("{")) {
            worklog = timeSpent(text, action);
        } else if (body instanceof Duration duration) {
            worklog = JsonCodec.MAPPER.createObjectNode().put("timeSpentSeconds", duration.toSeconds());
        } else if (body instanceof Number seconds) {
            worklog = JsonCodec.MAPPER.createObjectNode().put("timeSpentSeconds", seconds.longValue());
        } else if (body instanceof Map<?, ?> map) {
            worklog = JsonCodec.toObject(withJsonValues(map), "The " + action + " body");
        } else {
            worklog = JsonCodec.toObject(body, "The " + action + " body");
        }
        normalize(worklog, format, action);
        return worklog;
    }

    private static ObjectNode timeSpent(String text, String action) {
        if (!DURATION.matcher(text.strip()).matches()) {
            throw new IllegalArgumentException("The " + action + " body '" + text + "' is not a duration such as "
                    + "\"1h 30m\" or \"2d\", nor a JSON worklog object");
        }
        return JsonCodec.MAPPER.createObjectNode().put("timeSpent", text.strip());
    }

    /** Java times and durations in a Map become the text and numbers Jira reads, before the Map becomes JSON. */
    private static Map<Object, Object> withJsonValues(Map<?, ?> map) {
        Map<Object, Object> copy = new LinkedHashMap<>(map);
        if (copy.get("started") != null && !(copy.get("started") instanceof String)) {
            copy.put("started", jiraTime(copy.get("started")));
        }
        if (copy.get("timeSpentSeconds") instanceof Duration duration) {
            copy.put("timeSpentSeconds", duration.toSeconds());
        }
        return copy;
    }

    private static void normalize(ObjectNode worklog, TextFormat format, String action) {
        JsonNode started = worklog.get("started");
        if (started != null && started.isTextual()) {
            worklog.put("started", jiraTime(started.asText()));
        }
        JsonNode comment = worklog.get("comment");
        if (comment != null && !comment.isNull()) {
            worklog.set("comment", IssueFields.richText(comment, format));
        }
        if (!worklog.has("timeSpent") && !worklog.has("timeSpentSeconds") && !worklog.has("started")
                && !worklog.has("comment") && !worklog.has("visibility")) {
            throw new IllegalArgumentException("The " + action + " body has none of timeSpent, timeSpentSeconds, "
                    + "started, comment or visibility: " + worklog);
        }
    }

    /** A start time as Jira's worklogs want it, e.g. {@code 2026-11-28T10:15:30.000+0100}. */
    static String jiraTime(Object value) {
        OffsetDateTime time;
        if (value instanceof OffsetDateTime offset) {
            time = offset;
        } else if (value instanceof ZonedDateTime zoned) {
            time = zoned.toOffsetDateTime();
        } else if (value instanceof Instant instant) {
            time = instant.atOffset(ZoneOffset.UTC);
        } else if (value instanceof Date date) {
            time = date.toInstant().atOffset(ZoneOffset.UTC);
        } else if (value instanceof String text) {
            time = parse(text.strip());
        } else {
            throw new IllegalArgumentException(badStart(value + " (a " + value.getClass().getName() + ")"));
        }
        return JIRA_TIME.format(time);
    }

    private static OffsetDateTime parse(String text) {
        try {
            return OffsetDateTime.parse(text, JIRA_TIME);
        } catch (DateTimeParseException notJiras) {
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException notIso) {
                try {
                    return ZonedDateTime.parse(text).toOffsetDateTime();
                } catch (DateTimeParseException notZoned) {
                    throw new IllegalArgumentException(badStart("'" + text + "'"), notZoned);
                }
            }
        }
    }

    private static String badStart(String value) {
        return "The worklog's started must be a time with an offset (e.g. 2026-11-28T10:15:30.000+0000, "
                + "2026-11-28T10:15:30Z, an OffsetDateTime or an Instant), was " + value;
    }
}
