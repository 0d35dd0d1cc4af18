package io.github.jiracloud.emulator.data;

import java.time.Duration;
import java.time.Instant;

/**
 * The boards of the standard site: a scrum board on each project, and a kanban board on DEV. OPS plans in an active
 * sprint and a future one, DEV in an active sprint; sprint ids 1-3 are what the demo issues refer to.
 */
final class StandardBoards {

    private static final Duration TWO_WEEKS = Duration.ofDays(14);

    private StandardBoards() {
    }

    static void addTo(Boards boards, Instant now) {
        boards.addBoard(new Board(1, "OPS board", Board.SCRUM, "10000"));
        boards.addBoard(new Board(2, "DEV board", Board.SCRUM, "10001"));
        boards.addBoard(new Board(3, "DEV kanban", Board.KANBAN, "10001"));
        Instant started = now.minus(Duration.ofDays(3));
        Instant created = started.minus(Duration.ofDays(1));
        boards.addSprint(id -> new Sprint(id, "OPS Sprint 1", Sprint.ACTIVE, 1, "Stabilise on-call", started,
                started.plus(TWO_WEEKS), null, created));
        boards.addSprint(id -> new Sprint(id, "OPS Sprint 2", Sprint.FUTURE, 1, "", null, null, null, created));
        boards.addSprint(id -> new Sprint(id, "DEV Sprint 1", Sprint.ACTIVE, 2, "Ship the connector", started,
                started.plus(TWO_WEEKS), null, created));
    }
}
