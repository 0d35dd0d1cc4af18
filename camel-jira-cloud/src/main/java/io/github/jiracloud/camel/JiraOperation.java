package io.github.jiracloud.camel;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.github.jiracloud.camel.consumer.CommentPollingConsumer;
import io.github.jiracloud.camel.consumer.IssuePollingConsumer;
import io.github.jiracloud.camel.consumer.WebhookConsumer;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.agile.AgileActions;
import io.github.jiracloud.camel.producer.agile.MoveToSprint;
import io.github.jiracloud.camel.producer.agile.SaveSprint;
import io.github.jiracloud.camel.producer.api.ApiCall;
import io.github.jiracloud.camel.producer.attachment.AddAttachment;
import io.github.jiracloud.camel.producer.attachment.AttachmentActions;
import io.github.jiracloud.camel.producer.attachment.DownloadAttachment;
import io.github.jiracloud.camel.producer.bulk.BulkActions;
import io.github.jiracloud.camel.producer.comment.AddComment;
import io.github.jiracloud.camel.producer.comment.CommentActions;
import io.github.jiracloud.camel.producer.issue.AssignIssue;
import io.github.jiracloud.camel.producer.issue.BulkCreateIssues;
import io.github.jiracloud.camel.producer.issue.BulkFetchIssues;
import io.github.jiracloud.camel.producer.issue.CreateIssue;
import io.github.jiracloud.camel.producer.issue.GetIssue;
import io.github.jiracloud.camel.producer.issue.IssueActions;
import io.github.jiracloud.camel.producer.issue.IssueChangelogs;
import io.github.jiracloud.camel.producer.issue.IssuePropertyActions;
import io.github.jiracloud.camel.producer.issue.NotifyIssue;
import io.github.jiracloud.camel.producer.issue.TransitionIssue;
import io.github.jiracloud.camel.producer.issue.UpdateIssue;
import io.github.jiracloud.camel.producer.issuelink.CreateIssueLink;
import io.github.jiracloud.camel.producer.issuelink.IssueLinkActions;
import io.github.jiracloud.camel.producer.metadata.CreateMeta;
import io.github.jiracloud.camel.producer.metadata.MetadataActions;
import io.github.jiracloud.camel.producer.project.ProjectActions;
import io.github.jiracloud.camel.producer.search.SearchActions;
import io.github.jiracloud.camel.producer.search.SearchIssues;
import io.github.jiracloud.camel.producer.user.UserActions;
import io.github.jiracloud.camel.producer.watcher.WatcherActions;
import io.github.jiracloud.camel.producer.worklog.WorklogActions;
import io.github.jiracloud.camel.scope.RestCall;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;

import static io.github.jiracloud.camel.scope.RestCall.delete;
import static io.github.jiracloud.camel.scope.RestCall.get;
import static io.github.jiracloud.camel.scope.RestCall.post;
import static io.github.jiracloud.camel.scope.RestCall.put;
import static io.github.jiracloud.camel.scope.SharedCalls.AGILE;
import static io.github.jiracloud.camel.scope.SharedCalls.API;
import static io.github.jiracloud.camel.scope.SharedCalls.BULK;
import static io.github.jiracloud.camel.scope.SharedCalls.BULK_FETCH;
import static io.github.jiracloud.camel.scope.SharedCalls.BULK_TASK;
import static io.github.jiracloud.camel.scope.SharedCalls.COMMENTS;
import static io.github.jiracloud.camel.scope.SharedCalls.FIELDS;
import static io.github.jiracloud.camel.scope.SharedCalls.ISSUE;
import static io.github.jiracloud.camel.scope.SharedCalls.MYSELF;
import static io.github.jiracloud.camel.scope.SharedCalls.READ_ISSUE;
import static io.github.jiracloud.camel.scope.SharedCalls.SEARCH;
import static io.github.jiracloud.camel.scope.SharedCalls.SOFTWARE;
import static io.github.jiracloud.camel.scope.SharedCalls.bulk;

/**
 * The catalogue of the {@code jira:} URI: every {@code resource/action}, declared once with what performs it (the
 * action a producer runs, or the consumer that delivers events), what it checks when the route starts, and the HTTP
 * calls it may make ({@link #calls()}). The endpoint
 * dispatches from here; the generated metadata lists the resources and actions (JiraEndpoint's {@code @UriPath} enums,
 * checked against this catalogue by {@code OperationCatalogueTest}). A new action is one line here.
 */
public enum JiraOperation {

    // @formatter:off
    ISSUE_CREATE("issue", "create", CreateIssue::new, post(API + "/issue"), FIELDS, SEARCH),
    ISSUE_BULK_CREATE("issue", "bulkCreate", BulkCreateIssues::new, post(API + "/issue/bulk"), FIELDS),
    ISSUE_GET("issue", "get", GetIssue::new, READ_ISSUE),
    ISSUE_UPDATE("issue", "update", UpdateIssue::new, put(ISSUE), FIELDS),
    ISSUE_DELETE("issue", "delete", IssueActions::delete, delete(ISSUE)),
    ISSUE_ASSIGN("issue", "assign", AssignIssue::new, put(ISSUE + "/assignee")),
    ISSUE_TRANSITIONS("issue", "transitions", IssueActions::transitions, get(ISSUE + "/transitions")),
    ISSUE_TRANSITION("issue", "transition", TransitionIssue::new,
            get(ISSUE + "/transitions"), post(ISSUE + "/transitions"), FIELDS, READ_ISSUE),
    ISSUE_CHANGELOG("issue", "changelog", IssueActions::changelog, get(ISSUE + "/changelog")),
    ISSUE_NOTIFY("issue", "notify", NotifyIssue::new, post(ISSUE + "/notify")),
    ISSUE_GET_PROPERTY("issue", "getProperty", IssuePropertyActions::get, get(ISSUE + "/properties/{propertyKey}")),
    ISSUE_SET_PROPERTY("issue", "setProperty", IssuePropertyActions::set, put(ISSUE + "/properties/{propertyKey}")),
    ISSUE_DELETE_PROPERTY("issue", "deleteProperty", IssuePropertyActions::delete,
            delete(ISSUE + "/properties/{propertyKey}")),
    /** Many issues by key or id, 100 a request ({@code POST /rest/api/3/issue/bulkfetch}). */
    ISSUE_BULK_FETCH("issue", "bulkFetch", BulkFetchIssues::new, BULK_FETCH),
    /** The changelogs of many issues ({@code POST /rest/api/3/changelog/bulkfetch}). */
    ISSUE_CHANGELOGS("issue", "changelogs", IssueChangelogs::new, post(API + "/changelog/bulkfetch")),
    /** Same as {@link #SEARCH_JQL}, under the issue resource where many users look for it first. */
    ISSUE_SEARCH("issue", "search", SearchIssues::new, SEARCH),
    /** A consumer: each new or updated issue matching the JQL becomes an exchange. */
    ISSUE_POLL("issue", "poll", new Receiver(JiraOperation::issuePoller, IssuePollingConsumer::validate),
            MYSELF, SEARCH),

    SEARCH_JQL("search", "jql", SearchIssues::new, SEARCH),
    SEARCH_COUNT("search", "count", SearchActions::count, post(API + "/search/approximate-count")),

    COMMENT_ADD("comment", "add", AddComment::new, post(ISSUE + "/comment"), COMMENTS, post(API + "/comment/list")),
    COMMENT_LIST("comment", "list", CommentActions::list, COMMENTS),
    COMMENT_GET("comment", "get", CommentActions::get, get(ISSUE + "/comment/{id}")),
    COMMENT_UPDATE("comment", "update", CommentActions::update, put(ISSUE + "/comment/{id}")),
    COMMENT_DELETE("comment", "delete", CommentActions::delete, delete(ISSUE + "/comment/{id}")),
    /** A consumer: each new comment on an issue matching the JQL becomes an exchange. */
    COMMENT_POLL("comment", "poll", new Receiver(JiraOperation::commentPoller, CommentPollingConsumer::validate),
            MYSELF, SEARCH, COMMENTS),

    ATTACHMENT_ADD("attachment", "add", AddAttachment::new, post(ISSUE + "/attachments")),
    ATTACHMENT_GET("attachment", "get", AttachmentActions::get, get(API + "/attachment/{id}")),
    ATTACHMENT_DOWNLOAD("attachment", "download", DownloadAttachment::new,
            get(API + "/attachment/{id}"), get(API + "/attachment/content/{id}")),
    ATTACHMENT_DELETE("attachment", "delete", AttachmentActions::delete, delete(API + "/attachment/{id}")),

    WORKLOG_ADD("worklog", "add", WorklogActions::add, post(ISSUE + "/worklog")),
    WORKLOG_LIST("worklog", "list", WorklogActions::list, get(ISSUE + "/worklog")),
    WORKLOG_UPDATE("worklog", "update", WorklogActions::update, put(ISSUE + "/worklog/{id}")),
    WORKLOG_DELETE("worklog", "delete", WorklogActions::delete, delete(ISSUE + "/worklog/{id}")),

    ISSUE_LINK_CREATE("issueLink", "create", CreateIssueLink::new, post(API + "/issueLink"), READ_ISSUE),
    ISSUE_LINK_GET("issueLink", "get", IssueLinkActions::get, get(API + "/issueLink/{linkId}")),
    ISSUE_LINK_DELETE("issueLink", "delete", IssueLinkActions::delete, delete(API + "/issueLink/{linkId}")),
    ISSUE_LINK_TYPE_LIST("issueLinkType", "list", IssueLinkActions::types, get(API + "/issueLinkType")),

    WATCHER_ADD("watcher", "add", WatcherActions::add, post(ISSUE + "/watchers"), MYSELF),
    WATCHER_REMOVE("watcher", "remove", WatcherActions::remove, delete(ISSUE + "/watchers"), MYSELF),
    WATCHER_LIST("watcher", "list", WatcherActions::list, get(ISSUE + "/watchers")),

    PROJECT_LIST("project", "list", ProjectActions::list, get(API + "/project/search")),
    PROJECT_GET("project", "get", ProjectActions::get, get(API + "/project/{projectIdOrKey}")),
    PROJECT_COMPONENTS("project", "components", ProjectActions::components,
            get(API + "/project/{projectIdOrKey}/component")),
    PROJECT_VERSIONS("project", "versions", ProjectActions::versions, get(API + "/project/{projectIdOrKey}/version")),

    USER_MYSELF("user", "myself", UserActions::myself, MYSELF),
    USER_GET("user", "get", UserActions::get, get(API + "/user")),
    USER_SEARCH("user", "search", UserActions::search, get(API + "/user/search")),
    USER_ASSIGNABLE("user", "assignable", UserActions::assignable, get(API + "/user/assignable/search")),

    METADATA_FIELDS("metadata", "fields", MetadataActions::fields, FIELDS),
    METADATA_ISSUE_TYPES("metadata", "issueTypes", MetadataActions::issueTypes, get(API + "/issuetype")),
    METADATA_PRIORITIES("metadata", "priorities", MetadataActions::priorities, get(API + "/priority")),
    METADATA_STATUSES("metadata", "statuses", MetadataActions::statuses, get(API + "/status")),
    METADATA_RESOLUTIONS("metadata", "resolutions", MetadataActions::resolutions, get(API + "/resolution/search")),
    METADATA_LABELS("metadata", "labels", MetadataActions::labels, get(API + "/label")),
    METADATA_CREATE_META("metadata", "createMeta", CreateMeta::new,
            get(API + "/issue/createmeta/{projectIdOrKey}/issuetypes"),
            get(API + "/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}")),

    AGILE_BOARDS("agile", "boards", AgileActions::boards, get(AGILE + "/board")),
    AGILE_BOARD("agile", "board", AgileActions::board, get(AGILE + "/board/{boardId}")),
    AGILE_BOARD_ISSUES("agile", "boardIssues", AgileActions::boardIssues, get(SOFTWARE + "/board/{boardId}/issue")),
    AGILE_BACKLOG("agile", "backlog", AgileActions::backlog, get(SOFTWARE + "/board/{boardId}/backlog")),
    AGILE_SPRINTS("agile", "sprints", AgileActions::sprints, get(AGILE + "/board/{boardId}/sprint")),
    AGILE_SPRINT("agile", "sprint", AgileActions::sprint, get(AGILE + "/sprint/{sprintId}")),
    AGILE_CREATE_SPRINT("agile", "createSprint", SaveSprint::create, post(AGILE + "/sprint")),
    AGILE_UPDATE_SPRINT("agile", "updateSprint", SaveSprint::update, post(AGILE + "/sprint/{sprintId}")),
    AGILE_SPRINT_ISSUES("agile", "sprintIssues", AgileActions::sprintIssues,
            get(SOFTWARE + "/sprint/{sprintId}/issue")),
    AGILE_MOVE_TO_SPRINT("agile", "moveToSprint", MoveToSprint::new, post(AGILE + "/sprint/{sprintId}/issue")),
    AGILE_BOARD_ISSUE_COUNT("agile", "boardIssueCount", AgileActions::boardIssueCount,
            get(SOFTWARE + "/board/{boardId}/issue/approximate-count")),
    AGILE_BACKLOG_COUNT("agile", "backlogCount", AgileActions::backlogCount,
            get(SOFTWARE + "/board/{boardId}/backlog/approximate-count")),

    /** Jira's asynchronous bulk operations ({@code /rest/api/3/bulk/...}), up to 1,000 issues a task. */
    BULK_EDIT("bulk", "edit", BulkActions::edit, bulk(FIELDS, get(BULK + "fields"), post(BULK + "fields"), BULK_TASK)),
    BULK_TRANSITION("bulk", "transition", BulkActions::transition,
            bulk(get(BULK + "transition"), post(BULK + "transition"), BULK_TASK)),
    BULK_DELETE("bulk", "delete", BulkActions::delete, bulk(post(BULK + "delete"), BULK_TASK)),
    BULK_MOVE("bulk", "move", BulkActions::move, BulkActions::requireIssueType,
            bulk(get(API + "/issuetype"), post(BULK + "move"), BULK_TASK)),
    BULK_WATCH("bulk", "watch", BulkActions::watch, bulk(post(BULK + "watch"), BULK_TASK)),
    BULK_UNWATCH("bulk", "unwatch", BulkActions::unwatch, bulk(post(BULK + "unwatch"), BULK_TASK)),
    BULK_EDITABLE_FIELDS("bulk", "editableFields", BulkActions::editableFields, bulk(get(BULK + "fields"))),
    BULK_TRANSITIONS("bulk", "transitions", BulkActions::transitions, bulk(get(BULK + "transition"))),
    BULK_STATUS("bulk", "status", BulkActions::status, BULK_TASK),

    /** Whatever path it is given, so no fixed calls (and no fixed scopes). */
    API_CALL("api", "call", ApiCall::new),

    /**
     * A consumer: each webhook event Jira sends becomes an exchange; {@code jira:webhook} for short. It calls Jira only
     * to register itself (register=true, over OAuth 2.0; the app's registrations are read first, to reuse them): one
     * registered in Jira's settings needs no connection.
     */
    WEBHOOK_RECEIVE("webhook", "receive",
            new Receiver(JiraOperation::webhook, WebhookConsumer::validate, JiraConfiguration::isRegister),
            get(API + "/webhook"), post(API + "/webhook"), put(API + "/webhook/refresh"), delete(API + "/webhook"));
    // @formatter:on

    /** Builds the action a producer runs, from the endpoint's options; may refuse bad options when the route starts. */
    @FunctionalInterface
    public interface ActionFactory extends Function<JiraConfiguration, JiraAction> {
    }

    /** Checks an endpoint's options when it is created, naming the option and the fix. */
    @FunctionalInterface
    public interface StartCheck {
        void check(JiraConfiguration configuration);
    }

    /** Builds a consumer for the endpoint. */
    @FunctionalInterface
    public interface ConsumerFactory {
        Consumer create(JiraEndpoint endpoint, Processor processor) throws Exception;
    }

    /** An operation that delivers events to a route, with its start-up checks and whether it calls Jira. */
    record Receiver(ConsumerFactory consumer, StartCheck check, Predicate<JiraConfiguration> callsJira) {
        Receiver(ConsumerFactory consumer, StartCheck check) {
            this(consumer, check, configuration -> true);
        }
    }

    private final String resource;
    private final String action;
    private final ActionFactory producer;
    private final Receiver receiver;
    private final StartCheck check;
    private final List<RestCall> calls;

    JiraOperation(String resource, String action, ActionFactory producer, RestCall... calls) {
        this(resource, action, producer, configuration -> {
        }, calls);
    }

    JiraOperation(String resource, String action, ActionFactory producer, StartCheck check, RestCall... calls) {
        this.resource = resource;
        this.action = action;
        this.producer = producer;
        this.receiver = null;
        this.check = check;
        this.calls = List.of(calls);
    }

    JiraOperation(String resource, String action, Receiver receiver, RestCall... calls) {
        this.resource = resource;
        this.action = action;
        this.producer = null;
        this.receiver = receiver;
        this.check = receiver.check();
        this.calls = List.of(calls);
    }

    public String resource() {
        return resource;
    }

    public String action() {
        return action;
    }

    /**
     * The HTTP calls the operation may make (method and path template, as the spec names them), the ones made only
     * sometimes too. The component's docs list their scopes (generated from the spec), an error names the scopes of a
     * refused call, and the connections page compares a connection's scopes with its flows'. {@code
     * OperationCallsTest} runs every operation against the emulator and fails when a request is not declared here, or
     * a call declared here is never made.
     */
    public List<RestCall> calls() {
        return calls;
    }

    /** Whether the operation delivers exchanges to a route ({@code from}) rather than calling Jira ({@code to}). */
    public boolean isConsumer() {
        return receiver != null;
    }

    /** The start-up checks of the endpoint's options. */
    void check(JiraConfiguration configuration) {
        check.check(configuration);
    }

    /** Whether an endpoint with these options calls Jira, so needs a connection. */
    boolean callsJira(JiraConfiguration configuration) {
        return receiver == null || receiver.callsJira().test(configuration);
    }

    /** @throws IllegalArgumentException for a consumer, which belongs in {@code from(...)} */
    JiraAction action(JiraConfiguration configuration) {
        if (producer == null) {
            throw new IllegalArgumentException("jira:" + this + " delivers events to a route: use it in from(...), "
                    + "not in to(...)");
        }
        return producer.apply(configuration);
    }

    /** @throws IllegalArgumentException for an action, which belongs in {@code to(...)} */
    Consumer consumer(JiraEndpoint endpoint, Processor processor) throws Exception {
        if (receiver == null) {
            throw new IllegalArgumentException("jira:" + this + " calls Jira: use it in to(...). To receive events in "
                    + "from(...), use " + Arrays.stream(values()).filter(JiraOperation::isConsumer)
                            .map(operation -> "jira:" + operation).collect(Collectors.joining(", ")));
        }
        return receiver.consumer().create(endpoint, processor);
    }

    private static Consumer issuePoller(JiraEndpoint endpoint, Processor processor) throws Exception {
        return new IssuePollingConsumer(endpoint, processor, endpoint.pollingPositions(),
                endpoint.pollingPositionKey(), endpoint.clock());
    }

    private static Consumer commentPoller(JiraEndpoint endpoint, Processor processor) throws Exception {
        return new CommentPollingConsumer(endpoint, processor, endpoint.pollingPositions(),
                endpoint.pollingPositionKey(), endpoint.clock());
    }

    private static Consumer webhook(JiraEndpoint endpoint, Processor processor) {
        return new WebhookConsumer(endpoint, processor, endpoint.clock());
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

    /** The resources, once each in catalogue order: the {@code enums} of the resource path parameter. */
    public static Set<String> resources() {
        return Arrays.stream(values()).map(JiraOperation::resource)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The actions of every resource, once each in catalogue order: the {@code enums} of the action parameter. */
    public static Set<String> actions() {
        return Arrays.stream(values()).map(JiraOperation::action).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public String toString() {
        return resource + "/" + action;
    }
}
