package io.github.jiracloud.emulator.data.edit;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.jiracloud.emulator.data.Board;
import io.github.jiracloud.emulator.data.Boards;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.Sprint;

/**
 * Creates sprints and changes them ({@code POST /rest/agile/1.0/sprint[/{sprintId}]}) with Jira's rules: a sprint is
 * born future, starts (future to active) only with both dates, completes (active to closed) with the time of the
 * request as its completeDate, and can't change once closed.
 */
public final class SprintEditor {

    public static final String BOARD_NOT_FOUND = "The requested board cannot be viewed because it either does not exist"
            + " or you do not have permission to view it.";
    public static final String NO_SPRINTS = "The board does not support sprints.";
    private static final Set<String> STATES = Set.of(Sprint.FUTURE, Sprint.ACTIVE, Sprint.CLOSED);
    private static final int MAX_NAME = 255;

    private final JiraStore store;
    private final Boards boards;

    public SprintEditor(JiraStore store) {
        this.store = store;
        this.boards = store.catalog().boards();
    }

    /**
     * @param request {@code {name, originBoardId, startDate?, endDate?, goal?}}
     * @return the new sprint, empty when {@code originBoardId} names no board (Jira answers 404)
     * @throws FieldErrors when Jira would answer 400
     */
    public Optional<Sprint> create(Map<String, Object> request) {
        FieldErrors.Collector errors = new FieldErrors.Collector();
        String name = name(request.get("name"), errors);
        Long boardId = request.get("originBoardId") instanceof Number number ? number.longValue() : null;
        if (boardId == null) {
            errors.add("originBoardId", "The origin board id is required.");
        }
        Instant start = SprintDates.read(request.get("startDate"), "startDate", errors);
        Instant end = SprintDates.read(request.get("endDate"), "endDate", errors);
        checkOrder(start, end, errors);
        errors.throwIfAny();
        Optional<Board> board = boards.board(boardId);
        if (board.isEmpty()) {
            return Optional.empty();
        }
        if (!board.get().supportsSprints()) {
            throw FieldErrors.message(NO_SPRINTS);
        }
        String goal = request.get("goal") == null ? null : request.get("goal").toString();
        return Optional.of(boards.addSprint(id -> new Sprint(id, name, Sprint.FUTURE, boardId, goal,
                start, end, null, store.now())));
    }

    /**
     * A partial update: only the members present change.
     *
     * @return the new sprint, or empty if there is no such sprint
     * @throws FieldErrors when Jira would answer 400
     */
    public Optional<Sprint> update(long sprintId, Map<String, Object> request) {
        Optional<Sprint> updated = boards.updateSprint(sprintId, current -> updated(current, request));
        updated.ifPresent(sprint -> new SprintIssues(store).refreshIssuesIn(sprint.id()));
        return updated;
    }

    private Sprint updated(Sprint current, Map<String, Object> request) {
        if (Sprint.CLOSED.equals(current.state())) {
            throw FieldErrors.message("Sprints that are in a closed state cannot be updated.");
        }
        FieldErrors.Collector errors = new FieldErrors.Collector();
        Sprint sprint = current;
        if (request.containsKey("name")) {
            sprint = sprint.withName(name(request.get("name"), errors));
        }
        if (request.containsKey("goal")) {
            sprint = sprint.withGoal(request.get("goal") == null ? null : request.get("goal").toString());
        }
        Instant start = request.containsKey("startDate")
                ? SprintDates.read(request.get("startDate"), "startDate", errors)
                : sprint.startDate();
        Instant end = request.containsKey("endDate")
                ? SprintDates.read(request.get("endDate"), "endDate", errors)
                : sprint.endDate();
        checkOrder(start, end, errors);
        sprint = sprint.withDates(start, end);
        if (request.get("completeDate") != null && !Objects.equals(
                SprintDates.read(request.get("completeDate"), "completeDate", errors), current.completeDate())) {
            errors.add("completeDate", "The complete date cannot be set: it is set when the sprint is completed.");
        }
        errors.throwIfAny();
        return request.get("state") == null ? sprint : changeState(sprint, request.get("state").toString());
    }

    private Sprint changeState(Sprint sprint, String wanted) {
        String state = wanted.strip().toLowerCase(Locale.ROOT);
        if (!STATES.contains(state)) {
            throw FieldErrors.of("state", "The sprint state '" + wanted + "' is not valid. Valid states: future,"
                    + " active, closed.");
        }
        if (state.equals(sprint.state())) {
            return sprint;
        }
        if (Sprint.FUTURE.equals(sprint.state()) && Sprint.ACTIVE.equals(state)) {
            if (sprint.startDate() == null || sprint.endDate() == null) {
                throw FieldErrors.message("A sprint can only be started when it has a start date and an end date.");
            }
            return sprint.withState(state);
        }
        if (Sprint.ACTIVE.equals(sprint.state()) && Sprint.CLOSED.equals(state)) {
            return sprint.withState(state).withCompleteDate(store.now());
        }
        throw FieldErrors.message("The sprint state cannot change from " + sprint.state() + " to " + state
                + ": a future sprint can be started (active) and an active sprint completed (closed).");
    }

    private static String name(Object value, FieldErrors.Collector errors) {
        String name = value == null ? "" : value.toString().strip();
        if (name.isEmpty()) {
            errors.add("name", "The sprint name is required.");
        } else if (name.length() > MAX_NAME) {
            errors.add("name", "The sprint name must not be longer than " + MAX_NAME + " characters.");
        }
        return name;
    }

    private static void checkOrder(Instant start, Instant end, FieldErrors.Collector errors) {
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("endDate", "The end date of a sprint must be after its start date.");
        }
    }
}
