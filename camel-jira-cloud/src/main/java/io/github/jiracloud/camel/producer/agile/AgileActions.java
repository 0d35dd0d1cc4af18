package io.github.jiracloud.camel.producer.agile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.OffsetPages;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.client.TokenPages;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * The agile resource: boards, sprints and their issues through the Jira Software Agile API ({@code /rest/agile/1.0}).
 * Lists return every page: Jira serves at most 50 items a page whatever {@code pageSize} asks for.
 */
public final class AgileActions {

    static final String BOARD = "/rest/agile/1.0/board/{boardId}";
    static final String SPRINT = "/rest/agile/1.0/sprint/{sprintId}";
    /** Jira Software's current issue lists; the {@code /rest/agile/1.0} ones are deprecated. */
    static final String SOFTWARE_BOARD = "/rest/software/1.0/board/{boardId}";
    static final String SOFTWARE_SPRINT = "/rest/software/1.0/sprint/{sprintId}";
    private static final Set<String> SPRINT_STATES = Set.of("future", "active", "closed");

    private AgileActions() {
    }

    /** {@code agile/boards}: every page of {@code GET /board}, narrowed to a project by CamelJiraProjectKey/project. */
    public static JiraAction boards(JiraConfiguration configuration) {
        return (exchange, client) -> {
            String project = ExchangeInputs.optional(exchange, JiraConstants.PROJECT_KEY, configuration.getProject());
            Results.items(exchange,
                    new OffsetPages(client, (startAt, maxResults) -> JiraRequest.get("/rest/agile/1.0/board")
                            .withQuery("projectKeyOrId", project)
                            .withQuery("startAt", startAt)
                            .withQuery("maxResults", maxResults),
                            "values", configuration.getPageSize(), configuration.getLimit()),
                    configuration);
        };
    }

    /** {@code agile/board}: {@code GET /board/{boardId}}; the board's id in CamelJiraBoardId. */
    public static JiraAction board(JiraConfiguration configuration) {
        return (exchange, client) -> {
            Map<?, ?> board = (Map<?, ?>) Results.callIntoBody(exchange, client,
                    JiraRequest.get(PathTemplate.expand(BOARD, boardId(exchange, configuration))));
            exchange.getMessage().setHeader(JiraConstants.BOARD_ID, String.valueOf(board.get("id")));
        };
    }

    /** {@code agile/sprints}: every page of {@code GET /board/{boardId}/sprint}, in the states of the option state. */
    public static JiraAction sprints(JiraConfiguration configuration) {
        String states = sprintStates(configuration.getState());
        return (exchange, client) -> {
            String path = PathTemplate.expand(BOARD + "/sprint", boardId(exchange, configuration));
            Results.items(exchange, new OffsetPages(client, (startAt, maxResults) -> JiraRequest.get(path)
                    .withQuery("state", states)
                    .withQuery("startAt", startAt)
                    .withQuery("maxResults", maxResults),
                    "values", configuration.getPageSize(), configuration.getLimit()), configuration);
        };
    }

    /** {@code agile/sprint}: {@code GET /sprint/{sprintId}}; the sprint's id in CamelJiraSprintId. */
    public static JiraAction sprint(JiraConfiguration configuration) {
        return (exchange, client) -> {
            Map<?, ?> sprint = (Map<?, ?>) Results.callIntoBody(exchange, client,
                    JiraRequest.get(PathTemplate.expand(SPRINT, sprintId(exchange, configuration))));
            exchange.getMessage().setHeader(JiraConstants.SPRINT_ID, String.valueOf(sprint.get("id")));
        };
    }

    public static JiraAction boardIssues(JiraConfiguration configuration) {
        return issues(configuration, SOFTWARE_BOARD + "/issue", AgileActions::boardId);
    }

    public static JiraAction backlog(JiraConfiguration configuration) {
        return issues(configuration, SOFTWARE_BOARD + "/backlog", AgileActions::boardId);
    }

    public static JiraAction sprintIssues(JiraConfiguration configuration) {
        return issues(configuration, SOFTWARE_SPRINT + "/issue", AgileActions::sprintId);
    }

    /**
     * {@code agile/boardIssues}, {@code agile/backlog}, {@code agile/sprintIssues}: every page of Jira Software's
     * current list ({@code /rest/software/1.0}, paged by {@code nextPageToken}), narrowed by the optional
     * CamelJiraJql/jql, with the option fields (Jira's default: all navigable and Agile fields). Like search, these
     * lists show a change only some seconds after it was made.
     */
    private static JiraAction issues(JiraConfiguration configuration, String template,
            BiFunction<Exchange, JiraConfiguration, String> id) {
        return (exchange, client) -> {
            String path = PathTemplate.expand(template, id.apply(exchange, configuration));
            String jql = ExchangeInputs.optional(exchange, JiraConstants.JQL, configuration.getJql());
            Results.items(exchange, new TokenPages(client, (token, maxResults) -> JiraRequest.get(path)
                    .withQuery("jql", jql)
                    .withQuery("fields", configuration.getFields())
                    .withQuery("expand", configuration.getExpand())
                    .withQuery("nextPageToken", token)
                    .withQuery("maxResults", maxResults),
                    "issues", configuration.getPageSize(), configuration.getLimit()), configuration);
        };
    }

    public static JiraAction boardIssueCount(JiraConfiguration configuration) {
        return count(configuration, SOFTWARE_BOARD + "/issue/approximate-count");
    }

    public static JiraAction backlogCount(JiraConfiguration configuration) {
        return count(configuration, SOFTWARE_BOARD + "/backlog/approximate-count");
    }

    /**
     * {@code agile/boardIssueCount}, {@code agile/backlogCount}: Jira's approximate count of the list (recent changes
     * may be missing), narrowed by the optional CamelJiraJql/jql; the body is the number.
     */
    private static JiraAction count(JiraConfiguration configuration, String template) {
        return (exchange, client) -> {
            String path = PathTemplate.expand(template, boardId(exchange, configuration));
            String jql = ExchangeInputs.optional(exchange, JiraConstants.JQL, configuration.getJql());
            Object answer = Results.call(exchange, client, JiraRequest.get(path).withQuery("jql", jql));
            Object count = answer instanceof Map<?, ?> map ? map.get("count") : null;
            exchange.getMessage().setBody(count instanceof Number number ? number.longValue() : null);
        };
    }

    static String boardId(Exchange exchange, JiraConfiguration configuration) {
        return numeric(ExchangeInputs.required(exchange, JiraConstants.BOARD_ID, configuration.getBoardId(), "boardId"),
                JiraConstants.BOARD_ID, "boardId");
    }

    static String sprintId(Exchange exchange, JiraConfiguration configuration) {
        return numeric(ExchangeInputs.required(exchange, JiraConstants.SPRINT_ID, configuration.getSprintId(),
                "sprintId"), JiraConstants.SPRINT_ID, "sprintId");
    }

    /** Boards and sprints have numeric ids only; saying so here beats Jira's 400 about a path parameter. */
    private static String numeric(String id, String header, String option) {
        if (!id.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(
                    "The " + option + " '" + id + "' is not a number: set the header " + header
                            + " or the option " + option + " to the numeric id, e.g. 42");
        }
        return id;
    }

    /** @return the states as Jira wants them (comma-separated, lower case), or null for every state */
    private static String sprintStates(String option) {
        if (option == null || option.isBlank()) {
            return null;
        }
        List<String> states = Arrays.stream(option.split(",")).map(state -> state.strip().toLowerCase(Locale.ROOT))
                .filter(state -> !state.isEmpty()).toList();
        states.stream().filter(state -> !SPRINT_STATES.contains(state)).findFirst().ifPresent(state -> {
            throw new IllegalArgumentException("The sprint state '" + state + "' of the option state is not valid: use "
                    + "future, active or closed, comma-separated");
        });
        return String.join(",", states);
    }
}
