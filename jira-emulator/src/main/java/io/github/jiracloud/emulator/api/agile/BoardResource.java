package io.github.jiracloud.emulator.api.agile;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.data.Board;
import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.data.SiteCatalog;
import io.github.jiracloud.emulator.data.Sprint;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.edit.SprintEditor;
import io.github.jiracloud.emulator.data.edit.SprintIssues;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;

/** Boards: the list, one board, its issues, its backlog and its sprints. */
public final class BoardResource implements Resource {

    private static final String BOARD = "/rest/agile/1.0/board/{boardId}";
    /** Jira lists a board's sprints oldest state first: completed, then the running one, then the planned ones. */
    private static final List<String> SPRINT_STATE_ORDER = List.of(Sprint.CLOSED, Sprint.ACTIVE, Sprint.FUTURE);

    @Override
    public void register(Router router) {
        router.get("/rest/agile/1.0/board", this::list)
                .get(BOARD, this::get)
                .get(BOARD + "/issue", call -> AgileIssues.page(call, onBoard(named(call), call)))
                .get(BOARD + "/backlog", this::backlog)
                .get(BOARD + "/sprint", this::sprints);
    }

    /** The board named by the {@code boardId} path variable; 404 as Jira words it when there is none. */
    static Board named(Call call) {
        return call.store().catalog().boards().board(pathId(call, "boardId"))
                .orElseThrow(() -> ApiException.notFound(SprintEditor.BOARD_NOT_FOUND));
    }

    /** A numeric path id; -1, which names nothing, when it isn't one (only possible without spec validation). */
    static long pathId(Call call, String name) {
        try {
            return Long.parseLong(call.pathParam(name));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private ApiResponse list(Call call) {
        SiteCatalog catalog = call.store().catalog();
        Stream<Board> boards = catalog.boards().boards().stream();
        List<String> types = call.request().queryList("type");
        if (!types.isEmpty()) {
            boards = boards.filter(board -> types.contains(board.type()));
        }
        String name = call.request().queryParam("name").map(text -> text.toLowerCase(Locale.ROOT)).orElse(null);
        if (name != null) {
            boards = boards.filter(board -> board.name().toLowerCase(Locale.ROOT).contains(name));
        }
        String project = call.request().queryParam("projectKeyOrId").orElse(null);
        if (project != null) {
            String projectId = catalog.project(project).map(Project::id).orElseThrow(
                    () -> ApiException.badRequest("No project could be found with key or id '" + project + "'."));
            boards = boards.filter(board -> board.projectId().equals(projectId));
        }
        String orderBy = call.request().queryParam("orderBy").orElse(null);
        if (orderBy != null) {
            Comparator<Board> byName = Comparator.comparing(board -> board.name().toLowerCase(Locale.ROOT));
            boards = boards.sorted(orderBy.startsWith("-") ? byName.reversed() : byName);
        }
        AgileJson json = new AgileJson(call.links());
        List<Object> values = boards.map(board -> (Object) json.board(board, catalog.project(board.projectId())))
                .toList();
        return ApiResponse.ok(AgileJson.page(values, AgileJson.window(call)));
    }

    private ApiResponse get(Call call) {
        Board board = named(call);
        return ApiResponse
                .ok(new AgileJson(call.links()).board(board, call.store().catalog().project(board.projectId())));
    }

    /** Jira's backlog: the board's issues that no future or active sprint plans and that aren't done. */
    private ApiResponse backlog(Call call) {
        Board board = named(call);
        SprintIssues sprints = new SprintIssues(call.store());
        SiteCatalog catalog = call.store().catalog();
        Predicate<StoredIssue> notDone = issue -> !catalog.status((String) issue.field("status")).category().isDone();
        return AgileIssues.page(call, onBoard(board, call).and(notDone).and(issue -> !sprints.inOpenSprint(issue)));
    }

    private ApiResponse sprints(Call call) {
        Board board = named(call);
        if (!board.supportsSprints()) {
            throw ApiException.badRequest(SprintEditor.NO_SPRINTS);
        }
        Set<String> states = Set.copyOf(call.request().queryList("state").stream()
                .map(state -> state.toLowerCase(Locale.ROOT)).toList());
        states.stream().filter(state -> !SPRINT_STATE_ORDER.contains(state)).findFirst().ifPresent(state -> {
            throw ApiException.badRequest("The sprint state '" + state + "' is not valid. Valid states: future,"
                    + " active, closed.");
        });
        AgileJson json = new AgileJson(call.links());
        List<Object> values = call.store().catalog().boards().sprintsOf(board.id()).stream()
                .filter(sprint -> states.isEmpty() || states.contains(sprint.state()))
                .sorted(Comparator.comparingInt((Sprint sprint) -> SPRINT_STATE_ORDER.indexOf(sprint.state()))
                        .thenComparingLong(Sprint::id))
                .map(sprint -> (Object) json.sprint(sprint))
                .toList();
        return ApiResponse.ok(AgileJson.page(values, AgileJson.window(call)));
    }

    /** A board shows its project's issues; scrum boards leave epics out, as Jira does (they plan in the epic panel). */
    static Predicate<StoredIssue> onBoard(Board board, Call call) {
        SiteCatalog catalog = call.store().catalog();
        return issue -> issue.projectId().equals(board.projectId())
                && !(board.supportsSprints() && catalog.issueType((String) issue.field("issuetype"))
                        .map(type -> type.hierarchyLevel() > 0).orElse(false));
    }
}
