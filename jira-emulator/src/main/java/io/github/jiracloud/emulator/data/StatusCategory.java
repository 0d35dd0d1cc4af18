package io.github.jiracloud.emulator.data;

/** One of Jira's three fixed status categories: {@code new}, {@code indeterminate}, {@code done}. */
public record StatusCategory(long id, String key, String name, String colorName) {

    public static final StatusCategory TO_DO = new StatusCategory(2, "new", "To Do", "blue-gray");
    public static final StatusCategory IN_PROGRESS = new StatusCategory(4, "indeterminate", "In Progress", "yellow");
    public static final StatusCategory DONE = new StatusCategory(3, "done", "Done", "green");

    public boolean isDone() {
        return this == DONE || "done".equals(key);
    }
}
