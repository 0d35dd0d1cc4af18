package io.github.jiracloud.emulator.data.field;

/** How a field's value is stored, read from requests and written to responses. */
public enum FieldKind {
    /** Plain string, e.g. summary or a single-line text custom field. */
    TEXT,
    /** An Atlassian Document; API v3 accepts nothing else for rich-text fields. */
    ADF, LABELS, NUMBER,
    /** {@code yyyy-MM-dd}. */
    DATE,
    /** Stored as an account id. */
    USER, PRIORITY, ISSUE_TYPE, PROJECT, STATUS, RESOLUTION,
    /** Stored as an {@link java.time.Instant}, written in Jira's format. */
    DATETIME,
    /** A select-list custom field, stored as the option id. */
    OPTION,
    /** Stored as sprint ids. */
    SPRINT,
    /** Stored as the parent's issue id. */
    PARENT, SUBTASKS, COMMENT,
    /** Versions and components of the issue's project, stored as {@code {"id", "name"}}. */
    PROJECT_ITEMS,
    /** Read-only fields the emulator always answers with the same value, e.g. votes or attachments. */
    CONSTANT
}
