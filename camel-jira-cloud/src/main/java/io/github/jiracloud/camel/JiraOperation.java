package io.github.jiracloud.camel;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Every {@code resource/action} pair of the {@code jira:} URI. */
public enum JiraOperation {

    ISSUE_CREATE("issue", "create"), ISSUE_BULK_CREATE("issue", "bulkCreate"), ISSUE_GET("issue", "get"), ISSUE_UPDATE(
            "issue", "update"), ISSUE_DELETE("issue", "delete"), ISSUE_ASSIGN("issue",
                    "assign"), ISSUE_TRANSITIONS("issue", "transitions"), ISSUE_TRANSITION("issue",
                            "transition"), ISSUE_CHANGELOG("issue", "changelog"), ISSUE_NOTIFY("issue",
                                    "notify"), ISSUE_GET_PROPERTY("issue", "getProperty"), ISSUE_SET_PROPERTY("issue",
                                            "setProperty"), ISSUE_DELETE_PROPERTY("issue", "deleteProperty"),
    /** Many issues by key or id, 100 a request ({@code POST /rest/api/3/issue/bulkfetch}). */
    ISSUE_BULK_FETCH("issue", "bulkFetch"),
    /** The changelogs of many issues ({@code POST /rest/api/3/changelog/bulkfetch}). */
    ISSUE_CHANGELOGS("issue", "changelogs"),
    /** Same as {@link #SEARCH_JQL}, under the issue resource where many users look for it first. */
    ISSUE_SEARCH("issue", "search"),
    /** A consumer: each new or updated issue matching the JQL becomes an exchange. */
    ISSUE_POLL("issue", "poll"),

    SEARCH_JQL("search", "jql"), SEARCH_COUNT("search", "count"),

    COMMENT_ADD("comment", "add"), COMMENT_LIST("comment", "list"), COMMENT_GET("comment",
            "get"), COMMENT_UPDATE("comment", "update"), COMMENT_DELETE("comment", "delete"),
    /** A consumer: each new comment on an issue matching the JQL becomes an exchange. */
    COMMENT_POLL("comment", "poll"),

    ATTACHMENT_ADD("attachment", "add"), ATTACHMENT_GET("attachment", "get"), ATTACHMENT_DOWNLOAD("attachment",
            "download"), ATTACHMENT_DELETE("attachment", "delete"),

    WORKLOG_ADD("worklog", "add"), WORKLOG_LIST("worklog", "list"), WORKLOG_UPDATE("worklog",
            "update"), WORKLOG_DELETE("worklog", "delete"),

    ISSUE_LINK_CREATE("issueLink", "create"), ISSUE_LINK_GET("issueLink", "get"), ISSUE_LINK_DELETE("issueLink",
            "delete"), ISSUE_LINK_TYPE_LIST("issueLinkType", "list"),

    WATCHER_ADD("watcher", "add"), WATCHER_REMOVE("watcher", "remove"), WATCHER_LIST("watcher", "list"),

    PROJECT_LIST("project", "list"), PROJECT_GET("project", "get"), PROJECT_COMPONENTS("project",
            "components"), PROJECT_VERSIONS("project", "versions"),

    USER_MYSELF("user", "myself"), USER_GET("user", "get"), USER_SEARCH("user", "search"), USER_ASSIGNABLE("user",
            "assignable"),

    METADATA_FIELDS("metadata", "fields"), METADATA_ISSUE_TYPES("metadata", "issueTypes"), METADATA_PRIORITIES(
            "metadata", "priorities"), METADATA_STATUSES("metadata", "statuses"), METADATA_RESOLUTIONS("metadata",
                    "resolutions"), METADATA_LABELS("metadata",
                            "labels"), METADATA_CREATE_META("metadata", "createMeta"),

    AGILE_BOARDS("agile", "boards"), AGILE_BOARD("agile", "board"), AGILE_BOARD_ISSUES("agile",
            "boardIssues"), AGILE_BACKLOG("agile", "backlog"), AGILE_SPRINTS("agile", "sprints"), AGILE_SPRINT("agile",
                    "sprint"), AGILE_CREATE_SPRINT("agile", "createSprint"), AGILE_UPDATE_SPRINT("agile",
                            "updateSprint"), AGILE_SPRINT_ISSUES("agile",
                                    "sprintIssues"), AGILE_MOVE_TO_SPRINT("agile",
                                            "moveToSprint"), AGILE_BOARD_ISSUE_COUNT("agile",
                                                    "boardIssueCount"), AGILE_BACKLOG_COUNT("agile", "backlogCount"),

    /** Jira's asynchronous bulk operations ({@code /rest/api/3/bulk/...}), up to 1,000 issues a task. */
    BULK_EDIT("bulk", "edit"), BULK_TRANSITION("bulk", "transition"), BULK_DELETE("bulk", "delete"), BULK_MOVE("bulk",
            "move"), BULK_WATCH("bulk", "watch"), BULK_UNWATCH("bulk", "unwatch"), BULK_EDITABLE_FIELDS("bulk",
                    "editableFields"), BULK_TRANSITIONS("bulk", "transitions"), BULK_STATUS("bulk", "status"),

    API_CALL("api", "call"),

    /** A consumer: each webhook event Jira sends becomes an exchange; {@code jira:webhook} for short. */
    WEBHOOK_RECEIVE("webhook", "receive");

    private final String resource;
    private final String action;

    JiraOperation(String resource, String action) {
        this.resource = resource;
        this.action = action;
    }

    public String resource() {
        return resource;
    }

    public String action() {
        return action;
    }

    /** Whether the operation delivers exchanges to a route ({@code from}) rather than calling Jira ({@code to}). */
    public boolean isConsumer() {
        return this == ISSUE_POLL || this == COMMENT_POLL || this == WEBHOOK_RECEIVE;
    }

    /** @throws IllegalArgumentException naming the valid pairs when there is no such operation */
    public static JiraOperation of(String resource, String action) {
        for (JiraOperation operation : values()) {
            if (operation.resource.equalsIgnoreCase(resource) && operation.action.equalsIgnoreCase(action)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("Unknown Jira operation '" + resource + "/" + action
                + "'. Use jira:<resource>/<action> with one of: " + catalogue());
    }

    public static String catalogue() {
        return Arrays.stream(values()).map(JiraOperation::toString).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return resource + "/" + action;
    }
}
