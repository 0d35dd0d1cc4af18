package io.github.jiracloud.emulator.data;

import java.time.Instant;

/**
 * A sprint of a scrum board. Immutable: every change stores a new value.
 *
 * @param state {@code future}, {@code active} or {@code closed}
 * @param startDate null until planned; required to start the sprint
 * @param completeDate set when the sprint is closed
 */
public record Sprint(long id, String name, String state, long originBoardId, String goal, Instant startDate,
        Instant endDate, Instant completeDate, Instant createdDate) {

    public static final String FUTURE = "future";
    public static final String ACTIVE = "active";
    public static final String CLOSED = "closed";

    /** Future and active sprints are "open": an issue is in at most one of them, and they keep it off the backlog. */
    public boolean isOpen() {
        return !CLOSED.equals(state);
    }

    public Sprint withState(String newState) {
        return new Sprint(id, name, newState, originBoardId, goal, startDate, endDate, completeDate, createdDate);
    }

    public Sprint withName(String newName) {
        return new Sprint(id, newName, state, originBoardId, goal, startDate, endDate, completeDate, createdDate);
    }

    public Sprint withGoal(String newGoal) {
        return new Sprint(id, name, state, originBoardId, newGoal, startDate, endDate, completeDate, createdDate);
    }

    public Sprint withDates(Instant newStart, Instant newEnd) {
        return new Sprint(id, name, state, originBoardId, goal, newStart, newEnd, completeDate, createdDate);
    }

    public Sprint withCompleteDate(Instant newCompleteDate) {
        return new Sprint(id, name, state, originBoardId, goal, startDate, endDate, newCompleteDate, createdDate);
    }
}
