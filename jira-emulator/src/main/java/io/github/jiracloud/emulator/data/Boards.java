package io.github.jiracloud.emulator.data;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

/**
 * The boards and sprints of a site. Thread-safe: each sprint is replaced atomically, so two concurrent changes of
 * one sprint serialise (a sprint can't be started twice) and changes of different sprints don't wait.
 */
public final class Boards {

    private final Map<Long, Board> boardsById = new ConcurrentHashMap<>();
    private final Map<Long, Sprint> sprintsById = new ConcurrentHashMap<>();
    private final AtomicLong nextSprintId = new AtomicLong(1);

    public void addBoard(Board board) {
        boardsById.put(board.id(), board);
    }

    public Optional<Board> board(long id) {
        return Optional.ofNullable(boardsById.get(id));
    }

    /** In id order, which is creation order. */
    public List<Board> boards() {
        return boardsById.values().stream().sorted(Comparator.comparingLong(Board::id)).toList();
    }

    /** Allocates the next sprint id and stores what {@code builder} makes of it. */
    public Sprint addSprint(LongFunction<Sprint> builder) {
        Sprint sprint = builder.apply(nextSprintId.getAndIncrement());
        sprintsById.put(sprint.id(), sprint);
        return sprint;
    }

    public Optional<Sprint> sprint(long id) {
        return Optional.ofNullable(sprintsById.get(id));
    }

    /** The sprints planned on a board, in id order. */
    public List<Sprint> sprintsOf(long boardId) {
        return sprintsById.values().stream().filter(sprint -> sprint.originBoardId() == boardId)
                .sorted(Comparator.comparingLong(Sprint::id)).toList();
    }

    /**
     * Replaces the sprint with what {@code change} makes of it, atomically; an exception thrown by {@code change}
     * leaves it as it was.
     *
     * @return the new value, or empty if there is no such sprint
     */
    public Optional<Sprint> updateSprint(long id, UnaryOperator<Sprint> change) {
        return Optional.ofNullable(sprintsById.computeIfPresent(id, (ignored, current) -> change.apply(current)));
    }
}
