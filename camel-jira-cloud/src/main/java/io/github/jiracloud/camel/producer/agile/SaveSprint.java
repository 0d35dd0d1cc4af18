package io.github.jiracloud.camel.producer.agile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * {@code agile/createSprint} ({@code POST /rest/agile/1.0/sprint}) and {@code agile/updateSprint} (the partial
 * update, {@code POST /rest/agile/1.0/sprint/{sprintId}}: members left out keep their value). The body is a Map,
 * JSON or POJO with name, startDate, endDate, goal (and state for an update); dates may be ISO-8601 strings or
 * {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime}, {@code LocalDate(Time)} (read as UTC) or
 * {@code Date}. The result is the sprint as a Map, its id in CamelJiraSprintId.
 */
public final class SaveSprint implements JiraAction {

    /** The form of Jira's own examples, {@code 2015-04-11T15:22:00.000+10:00}. */
    private static final DateTimeFormatter JIRA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

    private final boolean create;
    private final JiraConfiguration configuration;

    private SaveSprint(boolean create, JiraConfiguration configuration) {
        this.create = create;
        this.configuration = configuration;
    }

    public static SaveSprint create(JiraConfiguration configuration) {
        return new SaveSprint(true, configuration);
    }

    public static SaveSprint update(JiraConfiguration configuration) {
        return new SaveSprint(false, configuration);
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        Map<?, ?> sprint = (Map<?, ?>) Results.callIntoBody(exchange, client, create
                ? JiraRequest.post("/rest/agile/1.0/sprint", createRequest(exchange))
                : JiraRequest.post(
                        PathTemplate.expand(AgileActions.SPRINT, AgileActions.sprintId(exchange, configuration)),
                        updateRequest(exchange)));
        exchange.getMessage().setHeader(JiraConstants.SPRINT_ID, String.valueOf(sprint.get("id")));
    }

    private ObjectNode createRequest(Exchange exchange) {
        Object body = ExchangeInputs.body(exchange, "agile/createSprint", "send the sprint, e.g. "
                + "{\"name\": \"Sprint 5\", \"startDate\": \"2026-03-02T09:00:00.000+01:00\", \"endDate\": "
                + "..., \"goal\": ...}");
        ObjectNode request = toRequest(body, "The agile/createSprint body");
        if (request.path("name").asText().isBlank()) {
            throw new IllegalArgumentException("The agile/createSprint body has no name: Jira needs one, e.g. "
                    + "{\"name\": \"Sprint 5\"}");
        }
        if (!request.hasNonNull("originBoardId")) {
            request.put("originBoardId", Long.parseLong(AgileActions.boardId(exchange, configuration)));
        }
        return request;
    }

    /**
     * The body's changes, with the option state (e.g. state=active to start the sprint) over the body's: the body is
     * often the sprint an earlier step returned, whose state is the one to leave.
     */
    private ObjectNode updateRequest(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        boolean noBody = body == null || body instanceof CharSequence text && text.toString().isBlank();
        ObjectNode request = noBody
                ? JsonCodec.MAPPER.createObjectNode()
                : toRequest(body, "The agile/updateSprint body");
        String state = configuration.getState();
        if (state != null && !state.isBlank()) {
            request.put("state", state.strip().toLowerCase(Locale.ROOT));
        }
        if (request.isEmpty()) {
            throw new IllegalArgumentException("agile/updateSprint has nothing to change: send the members to change, "
                    + "e.g. {\"state\": \"active\", \"startDate\": ..., \"endDate\": ...}, or set the option state");
        }
        return request;
    }

    private static ObjectNode toRequest(Object body, String what) {
        Object withDates = body instanceof Map<?, ?> map ? withJiraDates(map) : body;
        ObjectNode request = JsonCodec.toObjectCopy(withDates, what);
        JsonNode boardId = request.get("originBoardId");
        if (boardId != null && boardId.isTextual() && boardId.asText().strip().matches("\\d+")) {
            request.put("originBoardId", Long.parseLong(boardId.asText().strip()));
        }
        return request;
    }

    /** Jackson has no Java time support here, and Jira wants its own date text anyway. */
    private static Map<Object, Object> withJiraDates(Map<?, ?> body) {
        Map<Object, Object> copy = new LinkedHashMap<>();
        body.forEach((name, value) -> copy.put(name, jiraDate(value)));
        return copy;
    }

    private static Object jiraDate(Object value) {
        if (value instanceof Instant instant) {
            return JIRA_DATE.format(instant.atOffset(ZoneOffset.UTC));
        }
        if (value instanceof OffsetDateTime dateTime) {
            return JIRA_DATE.format(dateTime);
        }
        if (value instanceof ZonedDateTime dateTime) {
            return JIRA_DATE.format(dateTime);
        }
        if (value instanceof LocalDateTime dateTime) {
            return JIRA_DATE.format(dateTime.atOffset(ZoneOffset.UTC));
        }
        if (value instanceof LocalDate date) {
            return JIRA_DATE.format(date.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (value instanceof Date date) {
            return JIRA_DATE.format(date.toInstant().atOffset(ZoneOffset.UTC));
        }
        return value;
    }
}
