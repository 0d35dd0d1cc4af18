package io.github.jiracloud.emulator.data;

/** @param hierarchyLevel 1 for epics, 0 for standard types, -1 for sub-tasks */
public record IssueType(String id, String name, String description, int hierarchyLevel, long avatarId) {

    public boolean subtask() {
        return hierarchyLevel < 0;
    }
}
