package io.github.jiracloud.emulator.data;

/**
 * A Jira Software board. Its filter is its project: every issue of the project is on the board.
 *
 * @param type {@code scrum} or {@code kanban}
 */
public record Board(long id, String name, String type, String projectId) {

    public static final String SCRUM = "scrum";
    public static final String KANBAN = "kanban";

    /** Only scrum boards plan in sprints; Jira refuses sprint calls on kanban boards. */
    public boolean supportsSprints() {
        return SCRUM.equals(type);
    }
}
