package io.github.jiracloud.emulator.data;

/** @param state {@code future}, {@code active} or {@code closed} */
public record Sprint(long id, String name, String state, long boardId, String goal) {
}
