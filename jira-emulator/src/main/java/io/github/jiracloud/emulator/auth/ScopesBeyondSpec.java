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

    private static final String BOARD_SCOPE = "read:board-scope:jira-software";
    private static final String ISSUE_DETAILS = "read:issue-details:jira";

    private final Map<String, PathIndex<ScopeRequirement>> byMethod = new LinkedHashMap<>();

    /** The operations the emulator knows of beyond the specs in {@code jira-openapi/}. */
    public static ScopesBeyondSpec known() {
        ScopesBeyondSpec known = new ScopesBeyondSpec();
        // Jira Software's enhanced issue endpoints (facts file, section 8: Atlassian's Jira Software REST reference,
        // quoted as "both needing read:board-scope:jira-software + read:issue-details:jira" for the backlog). The
        // same pair is assumed for the other board, sprint and epic issue lists and their approximate counts.
        for (String path : List.of("/board/{boardId}/backlog", "/board/{boardId}/backlog/approximate-count",
                "/board/{boardId}/issue", "/board/{boardId}/issue/approximate-count",
                "/board/{boardId}/sprint/{sprintId}/issue", "/board/{boardId}/epic/{epicId}/issue",
                "/board/{boardId}/epic/none/issue", "/sprint/{sprintId}/issue", "/epic/{epicIdOrKey}/issue",
                "/epic/none/issue")) {
            known.declare("GET", "/rest/software/1.0" + path, BOARD_SCOPE, ISSUE_DETAILS);
        }
        return known;
    }

    /** Declares that {@code method template} takes all of {@code scopes}. */
    public ScopesBeyondSpec declare(String method, String template, String... scopes) {
        byMethod.computeIfAbsent(method, ignored -> new PathIndex<>())
                .put(PathTemplate.of(template), ScopeRequirement.allOf(List.of(scopes)));
        return this;
    }

    public Optional<ScopeRequirement> requirement(String method, String path) {
        PathIndex<ScopeRequirement> paths = byMethod.get(method);
        return paths == null ? Optional.empty() : paths.find(path).map(PathIndex.Match::value);
    }
}
