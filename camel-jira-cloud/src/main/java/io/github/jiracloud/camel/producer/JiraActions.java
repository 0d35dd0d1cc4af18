package io.github.jiracloud.camel.producer;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraOperation;
import io.github.jiracloud.camel.producer.agile.AgileActions;
import io.github.jiracloud.camel.producer.api.ApiCall;
import io.github.jiracloud.camel.producer.attachment.AttachmentActions;
import io.github.jiracloud.camel.producer.bulk.BulkActions;
import io.github.jiracloud.camel.producer.comment.CommentActions;
import io.github.jiracloud.camel.producer.issue.IssueActions;
import io.github.jiracloud.camel.producer.issuelink.IssueLinkActions;
import io.github.jiracloud.camel.producer.metadata.MetadataActions;
import io.github.jiracloud.camel.producer.project.ProjectActions;
import io.github.jiracloud.camel.producer.search.SearchActions;
import io.github.jiracloud.camel.producer.user.UserActions;
import io.github.jiracloud.camel.producer.watcher.WatcherActions;
import io.github.jiracloud.camel.producer.worklog.WorklogActions;

/** Picks the action of an operation: each resource has one class that builds its actions. */
public final class JiraActions {

    private JiraActions() {
    }

    public static JiraAction forOperation(JiraOperation operation, JiraConfiguration configuration) {
        return switch (operation) {
            case ISSUE_CREATE, ISSUE_BULK_CREATE, ISSUE_GET, ISSUE_UPDATE, ISSUE_DELETE, ISSUE_ASSIGN,
                    ISSUE_TRANSITIONS,
                    ISSUE_TRANSITION, ISSUE_CHANGELOG, ISSUE_NOTIFY, ISSUE_GET_PROPERTY, ISSUE_SET_PROPERTY,
                    ISSUE_DELETE_PROPERTY, ISSUE_BULK_FETCH, ISSUE_CHANGELOGS ->
                IssueActions.of(operation, configuration);
            case ISSUE_SEARCH, SEARCH_JQL, SEARCH_COUNT -> SearchActions.of(operation, configuration);
            case COMMENT_ADD, COMMENT_LIST, COMMENT_GET, COMMENT_UPDATE, COMMENT_DELETE ->
                CommentActions.of(operation, configuration);
            case ATTACHMENT_ADD, ATTACHMENT_GET, ATTACHMENT_DOWNLOAD, ATTACHMENT_DELETE ->
                AttachmentActions.of(operation, configuration);
            case WORKLOG_ADD, WORKLOG_LIST, WORKLOG_UPDATE, WORKLOG_DELETE ->
                WorklogActions.of(operation, configuration);
            case ISSUE_LINK_CREATE, ISSUE_LINK_GET, ISSUE_LINK_DELETE, ISSUE_LINK_TYPE_LIST ->
                IssueLinkActions.of(operation, configuration);
            case WATCHER_ADD, WATCHER_REMOVE, WATCHER_LIST -> WatcherActions.of(operation, configuration);
            case PROJECT_LIST, PROJECT_GET, PROJECT_COMPONENTS, PROJECT_VERSIONS ->
                ProjectActions.of(operation, configuration);
            case USER_MYSELF, USER_GET, USER_SEARCH, USER_ASSIGNABLE -> UserActions.of(operation, configuration);
            case METADATA_FIELDS, METADATA_ISSUE_TYPES, METADATA_PRIORITIES, METADATA_STATUSES, METADATA_RESOLUTIONS,
                    METADATA_LABELS, METADATA_CREATE_META ->
                MetadataActions.of(operation, configuration);
            case AGILE_BOARDS, AGILE_BOARD, AGILE_BOARD_ISSUES, AGILE_BACKLOG, AGILE_SPRINTS, AGILE_SPRINT,
                    AGILE_CREATE_SPRINT, AGILE_UPDATE_SPRINT, AGILE_SPRINT_ISSUES, AGILE_MOVE_TO_SPRINT,
                    AGILE_BOARD_ISSUE_COUNT, AGILE_BACKLOG_COUNT ->
                AgileActions.of(operation, configuration);
            case BULK_EDIT, BULK_TRANSITION, BULK_DELETE, BULK_MOVE, BULK_WATCH, BULK_UNWATCH, BULK_EDITABLE_FIELDS,
                    BULK_TRANSITIONS, BULK_STATUS ->
                BulkActions.of(operation, configuration);
            case API_CALL -> new ApiCall(configuration);
            case ISSUE_POLL, COMMENT_POLL, WEBHOOK_RECEIVE -> throw new IllegalArgumentException("jira:" + operation
                    + " delivers events to a route: use it in from(...), not in to(...)");
        };
    }

    /** For a resource class handed an operation of another resource: a programming error, named. */
    public static IllegalArgumentException notOf(String resource, JiraOperation operation) {
        return new IllegalArgumentException(operation + " is not a " + resource + " operation");
    }
}
