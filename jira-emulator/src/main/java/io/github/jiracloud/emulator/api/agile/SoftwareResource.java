package io.github.jiracloud.emulator.api.agile;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import io.github.jiracloud.emulator.api.Issues;
import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.data.Board;
import io.github.jiracloud.emulator.data.SiteCatalog;
import io.github.jiracloud.emulator.data.Sprint;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.edit.SprintIssues;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/**
 * Jira Software's "enhanced" issue lists under {@code /rest/software/1.0}, which replace the deprecated
 * {@code /rest/agile/1.0} board, sprint and epic issue lists: token paging ({@code nextPageToken}, {@code maxResults},
 * {@code isLast}), {@code reconcileIssues}, {@code jql}, {@code validateQuery}, {@code fields}, {@code expand}, and
 * approximate counts beside the board's issues and backlog. They are not in the 2023 spec the emulator validates
 * against, so the handlers check what they read themselves (the ids in the path, {@code maxResults},
 * {@code reconcileIssues}, the page token, the JQL). Sources: Atlassian's Jira Software REST reference (operation
 * anchors such as {@code api-rest-software-1-0-board-boardid-backlog-get}, "Get issues for backlog (enhanced)") and
 * jira.js 6.2's agile client (parameters, and the response {@code {expand?, isLast, issues, names?,
 * nextPageToken}}).
 */
public final class SoftwareResource implements Resource {

    private static final String ROOT = "/rest/software/1.0";
    private static final String BOARD = ROOT + "/board/{boardId}";

    @Override
    public void register(Router router) {
        list(router, BOARD + "/backlog", SoftwareResource::backlog);
        router.get(BOARD + "/backlog/approximate-count", call -> AgileIssues.approximateCount(call,
                backlog(call, BoardResource.named(call))));
        list(router, BOARD + "/issue", (call, board) -> BoardResource.onBoard(board, call));
        router.get(BOARD + "/issue/approximate-count", call -> AgileIssues.approximateCount(call,
                BoardResource.onBoard(BoardResource.named(call), call)));
        list(router, BOARD + "/sprint/{sprintId}/issue", (call, board) -> BoardResource.onBoard(board, call)
                .and(inSprint(call, sprintOf(call, board))));
        list(router, BOARD + "/epic/none/issue", (call, board) -> BoardResource.onBoard(board, call)
                .and(withoutEpic(call)));
        list(router, BOARD + "/epic/{epicId}/issue", (call, board) -> BoardResource.onBoard(board, call)
                .and(inEpic(epic(call, call.pathParam("epicId")))));
        router.get(ROOT + "/sprint/{sprintId}/issue", call -> AgileIssues.tokenPage(call, inSprint(call,
                sprint(call))));
        router.get(ROOT + "/epic/none/issue", call -> AgileIssues.tokenPage(call, withoutEpic(call)));
        router.get(ROOT + "/epic/{epicIdOrKey}/issue", call -> AgileIssues.tokenPage(call,
                inEpic(epic(call, call.pathParam("epicIdOrKey")))));
    }

    private static void list(Router router, String template,
            BiFunction<Call, Board, Predicate<StoredIssue>> scope) {
        router.get(template, call -> AgileIssues.tokenPage(call, scope.apply(call, BoardResource.named(call))));
    }

    /** The backlog: the board's issues that aren't done and that no future or active sprint plans. */
    private static Predicate<StoredIssue> backlog(Call call, Board board) {
        SprintIssues sprints = new SprintIssues(call.store());
        SiteCatalog catalog = call.store().catalog();
        return BoardResource.onBoard(board, call)
                .and(issue -> !catalog.status((String) issue.field("status")).category().isDone())
                .and(issue -> !sprints.inOpenSprint(issue));
    }

    private static Predicate<StoredIssue> inSprint(Call call, Sprint sprint) {
        SprintIssues sprints = new SprintIssues(call.store());
        return issue -> sprints.inSprint(issue, sprint.id());
    }

    private static Sprint sprint(Call call) {
        return call.store().catalog().sprint(BoardResource.pathId(call, "sprintId"))
                .orElseThrow(() -> ApiException.notFound(SprintResource.NOT_FOUND));
    }

    private static Sprint sprintOf(Call call, Board board) {
        Sprint sprint = sprint(call);
        if (call.store().catalog().boards().sprintsOf(board.id()).stream().noneMatch(s -> s.id() == sprint.id())) {
            throw ApiException.notFound(SprintResource.NOT_FOUND);
        }
        return sprint;
    }

    /** The epic named in the path; 404 when there is no such issue or it is no epic. */
    private static StoredIssue epic(Call call, String idOrKey) {
        StoredIssue epic = call.store().issues().find(idOrKey).orElseThrow(Issues::notFound);
        if (!isEpic(call, epic)) {
            throw ApiException.notFound("The issue " + epic.key() + " is not an epic.");
        }
        return epic;
    }

    private static Predicate<StoredIssue> inEpic(StoredIssue epic) {
        return issue -> Long.valueOf(epic.id()).equals(issue.field("parent"));
    }

    /** Issues whose parent is no epic, leaving out epics themselves and sub-tasks. */
    private static Predicate<StoredIssue> withoutEpic(Call call) {
        SiteCatalog catalog = call.store().catalog();
        return issue -> level(catalog, issue) == 0 && Optional.ofNullable(issue.field("parent"))
                .flatMap(parent -> call.store().issues().find(((Number) parent).longValue()))
                .filter(parent -> isEpic(call, parent)).isEmpty();
    }

    private static boolean isEpic(Call call, StoredIssue issue) {
        return level(call.store().catalog(), issue) == 1;
    }

    private static int level(SiteCatalog catalog, StoredIssue issue) {
        return catalog.issueType((String) issue.field("issuetype")).map(type -> type.hierarchyLevel()).orElse(0);
    }
}
