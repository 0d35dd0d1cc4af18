package io.github.jiracloud.camel;

import java.util.Arrays;
import java.util.LinkedHashSet;
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
import org.apache.camel.Consumer;
import org.apache.camel.Processor;

/**
 * The catalogue of the {@code jira:} URI: every {@code resource/action}, declared once with what performs it (the
 * action a producer runs, or the consumer that delivers events) and what it checks when the route starts. The endpoint
 * dispatches from here; the generated metadata lists the resources and actions (JiraEndpoint's {@code @UriPath} enums,
 * checked against this catalogue by {@code OperationCatalogueTest}). A new action is one line here.
 */
public enum JiraOperation {

    // @formatter:off
    ISSUE_CREATE("issue", "create", CreateIssue::new),
    ISSUE_BULK_CREATE("issue", "bulkCreate", BulkCreateIssues::new),
    ISSUE_GET("issue", "get", GetIssue::new),
    ISSUE_UPDATE("issue", "update", UpdateIssue::new),
    ISSUE_DELETE("issue", "delete", IssueActions::delete),
    ISSUE_ASSIGN("issue", "assign", AssignIssue::new),
    ISSUE_TRANSITIONS("issue", "transitions", IssueActions::transitions),
    ISSUE_TRANSITION("issue", "transition", TransitionIssue::new),
    ISSUE_CHANGELOG("issue", "changelog", IssueActions::changelog),
    ISSUE_NOTIFY("issue", "notify", NotifyIssue::new),
    ISSUE_GET_PROPERTY("issue", "getProperty", IssuePropertyActions::get),
    ISSUE_SET_PROPERTY("issue", "setProperty", IssuePropertyActions::set),
    ISSUE_DELETE_PROPERTY("issue", "deleteProperty", IssuePropertyActions::delete),
    /** Many issues by key or id, 100 a request ({@code POST /rest/api/3/issue/bulkfetch}). */
    ISSUE_BULK_FETCH("issue", "bulkFetch", BulkFetchIssues::new),
    /** The changelogs of many issues ({@code POST /rest/api/3/changelog/bulkfetch}). */
    ISSUE_CHANGELOGS("issue", "changelogs", IssueChangelogs::new),
    /** Same as {@link #SEARCH_JQL}, under the issue resource where many users look for it first. */
    ISSUE_SEARCH("issue", "search", SearchIssues::new),
    /** A consumer: each new or updated issue matching the JQL becomes an exchange. */
    ISSUE_POLL("issue", "poll", new Receiver((endpoint, processor) -> new IssuePollingConsumer(endpoint, processor,
            endpoint.pollingPositions(), endpoint.pollingPositionKey(), endpoint.clock()), IssuePollingConsumer::validate)),

    SEARCH_JQL("search", "jql", SearchIssues::new),
    SEARCH_COUNT("search", "count", SearchActions::count),

    COMMENT_ADD("comment", "add", AddComment::new),
    COMMENT_LIST("comment", "list", CommentActions::list),
    COMMENT_GET("comment", "get", CommentActions::get),
    COMMENT_UPDATE("comment", "update", CommentActions::update),
    COMMENT_DELETE("comment", "delete", CommentActions::delete),
    /** A consumer: each new comment on an issue matching the JQL becomes an exchange. */
    COMMENT_POLL("comment", "poll", new Receiver((endpoint, processor) -> new CommentPollingConsumer(endpoint, processor,
            endpoint.pollingPositions(), endpoint.pollingPositionKey(), endpoint.clock()),
            CommentPollingConsumer::validate)),

    ATTACHMENT_ADD("attachment", "add", AddAttachment::new),
    ATTACHMENT_GET("attachment", "get", AttachmentActions::get),
    ATTACHMENT_DOWNLOAD("attachment", "download", DownloadAttachment::new),
    ATTACHMENT_DELETE("attachment", "delete", AttachmentActions::delete),

    WORKLOG_ADD("worklog", "add", WorklogActions::add),
    WORKLOG_LIST("worklog", "list", WorklogActions::list),
    WORKLOG_UPDATE("worklog", "update", WorklogActions::update),
    WORKLOG_DELETE("worklog", "delete", WorklogActions::delete),

    ISSUE_LINK_CREATE("issueLink", "create", CreateIssueLink::new),
    ISSUE_LINK_GET("issueLink", "get", IssueLinkActions::get),
    ISSUE_LINK_DELETE("issueLink", "delete", IssueLinkActions::delete),
    ISSUE_LINK_TYPE_LIST("issueLinkType", "list", IssueLinkActions::types),

    WATCHER_ADD("watcher", "add", WatcherActions::add),
    WATCHER_REMOVE("watcher", "remove", WatcherActions::remove),
    WATCHER_LIST("watcher", "list", WatcherActions::list),

    PROJECT_LIST("project", "list", ProjectActions::list),
    PROJECT_GET("project", "get", ProjectActions::get),
    PROJECT_COMPONENTS("project", "components", ProjectActions::components),
    PROJECT_VERSIONS("project", "versions", ProjectActions::versions),

    USER_MYSELF("user", "myself", UserActions::myself),
    USER_GET("user", "get", UserActions::get),
    USER_SEARCH("user", "search", UserActions::search),
    USER_ASSIGNABLE("user", "assignable", UserActions::assignable),

    METADATA_FIELDS("metadata", "fields", MetadataActions::fields),
    METADATA_ISSUE_TYPES("metadata", "issueTypes", MetadataActions::issueTypes),
    METADATA_PRIORITIES("metadata", "priorities", MetadataActions::priorities),
    METADATA_STATUSES("metadata", "statuses", MetadataActions::statuses),
    METADATA_RESOLUTIONS("metadata", "resolutions", MetadataActions::resolutions),
    METADATA_LABELS("metadata", "labels", MetadataActions::labels),
    METADATA_CREATE_META("metadata", "createMeta", CreateMeta::new),

    AGILE_BOARDS("agile", "boards", AgileActions::boards),
    AGILE_BOARD("agile", "board", AgileActions::board),
    AGILE_BOARD_ISSUES("agile", "boardIssues", AgileActions::boardIssues),
    AGILE_BACKLOG("agile", "backlog", AgileActions::backlog),
    AGILE_SPRINTS("agile", "sprints", AgileActions::sprints),
    AGILE_SPRINT("agile", "sprint", AgileActions::sprint),
    AGILE_CREATE_SPRINT("agile", "createSprint", SaveSprint::create),
    AGILE_UPDATE_SPRINT("agile", "updateSprint", SaveSprint::update),
    AGILE_SPRINT_ISSUES("agile", "sprintIssues", AgileActions::sprintIssues),
    AGILE_MOVE_TO_SPRINT("agile", "moveToSprint", MoveToSprint::new),
    AGILE_BOARD_ISSUE_COUNT("agile", "boardIssueCount", AgileActions::boardIssueCount),
    AGILE_BACKLOG_COUNT("agile", "backlogCount", AgileActions::backlogCount),

    /** Jira's asynchronous bulk operations ({@code /rest/api/3/bulk/...}), up to 1,000 issues a task. */
    BULK_EDIT("bulk", "edit", BulkActions::edit),
    BULK_TRANSITION("bulk", "transition", BulkActions::transition),
    BULK_DELETE("bulk", "delete", BulkActions::delete),
    BULK_MOVE("bulk", "move", BulkActions::move, BulkActions::requireIssueType),
    BULK_WATCH("bulk", "watch", BulkActions::watch),
    BULK_UNWATCH("bulk", "unwatch", BulkActions::unwatch),
    BULK_EDITABLE_FIELDS("bulk", "editableFields", BulkActions::editableFields),
    BULK_TRANSITIONS("bulk", "transitions", BulkActions::transitions),
    BULK_STATUS("bulk", "status", BulkActions::status),

    API_CALL("api", "call", ApiCall::new),

    /**
     * A consumer: each webhook event Jira sends becomes an exchange; {@code jira:webhook} for short. It calls Jira only
     * to register itself: one registered in Jira's settings needs no connection.
     */
    WEBHOOK_RECEIVE("webhook", "receive",
            new Receiver((endpoint, processor) -> new WebhookConsumer(endpoint, processor, endpoint.clock()),
            WebhookConsumer::validate, JiraConfiguration::isRegister));
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

    JiraOperation(String resource, String action, ActionFactory producer) {
        this(resource, action, producer, configuration -> {
        });
    }

    JiraOperation(String resource, String action, ActionFactory producer, StartCheck check) {
        this.resource = resource;
        this.action = action;
        this.producer = producer;
        this.receiver = null;
        this.check = check;
    }

    JiraOperation(String resource, String action, Receiver receiver) {
        this.resource = resource;
        this.action = action;
        this.producer = null;
        this.receiver = receiver;
        this.check = receiver.check();
    }

    public String resource() {
        return resource;
    }

    public String action() {
        return action;
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
