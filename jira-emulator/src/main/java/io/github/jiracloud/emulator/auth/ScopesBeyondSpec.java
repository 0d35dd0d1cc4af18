package io.github.jiracloud.emulator.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.emulator.routing.PathIndex;
import io.github.jiracloud.emulator.routing.PathTemplate;

/**
 * The scopes of operations that Jira serves but the stored specs lack, so that the emulator checks them as it checks
 * the spec's. To add one: a {@link #declare} line with the method, the path template and its scopes, and the source
 * in a comment (also say it in the emulator's README).
 */
public final class ScopesBeyondSpec {

    private static final String SOFTWARE = "/rest/software/1.0";
    private static final List<String> BOARD = List.of("read:board-scope:jira-software", "read:issue-details:jira");
    private static final List<String> SPRINT = List.of("read:sprint:jira-software", "read:issue-details:jira",
            "read:jql:jira");
    private static final List<String> EPIC = List.of("read:epic:jira-software", "read:issue-details:jira",
            "read:jql:jira");

    private final Map<String, PathIndex<ScopeRequirement>> byMethod = new LinkedHashMap<>();

    /** The operations the emulator knows of beyond the specs in {@code jira-openapi/}. */
    public static ScopesBeyondSpec known() {
        ScopesBeyondSpec known = new ScopesBeyondSpec();
        // Jira Software's enhanced issue lists: each takes the scopes of the /rest/agile/1.0 list it replaces (the
        // Software spec's security), as the facts file (section 8) quotes Atlassian's reference for the backlog:
        // "both needing read:board-scope:jira-software + read:issue-details:jira". Counts as their lists.
        for (String path : List.of("/board/{boardId}/backlog", "/board/{boardId}/backlog/approximate-count",
                "/board/{boardId}/issue", "/board/{boardId}/issue/approximate-count")) {
            known.declare("GET", SOFTWARE + path, BOARD);
        }
        for (String path : List.of("/board/{boardId}/sprint/{sprintId}/issue", "/sprint/{sprintId}/issue")) {
            known.declare("GET", SOFTWARE + path, SPRINT);
        }
        for (String path : List.of("/board/{boardId}/epic/{epicId}/issue", "/board/{boardId}/epic/none/issue",
                "/epic/{epicIdOrKey}/issue", "/epic/none/issue")) {
            known.declare("GET", SOFTWARE + path, EPIC);
        }
        return known;
    }

    /** Declares that {@code method template} takes all of {@code scopes}. */
    public ScopesBeyondSpec declare(String method, String template, String... scopes) {
        return declare(method, template, List.of(scopes));
    }

    private ScopesBeyondSpec declare(String method, String template, List<String> scopes) {
        byMethod.computeIfAbsent(method, ignored -> new PathIndex<>())
                .put(PathTemplate.of(template), ScopeRequirement.allOf(scopes));
        return this;
    }

    public Optional<ScopeRequirement> requirement(String method, String path) {
        PathIndex<ScopeRequirement> paths = byMethod.get(method);
        return paths == null ? Optional.empty() : paths.find(path).map(PathIndex.Match::value);
    }
}
