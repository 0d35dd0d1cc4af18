package io.github.jiracloud.camel;

import org.apache.camel.spi.Metadata;

/**
 * The message headers of the component. All start with {@code CamelJira}, so that headers bridged in from an HTTP
 * request can never steer the component.
 */
public final class JiraConstants {

    @Metadata(javaType = "String", description = "The issue id or key to act on; overrides the option issueKey. "
            + "Set on results too.")
    public static final String ISSUE_KEY = "CamelJiraIssueKey";
    @Metadata(description = "The numeric id of the issue that was created or read.", javaType = "String")
    public static final String ISSUE_ID = "CamelJiraIssueId";
    @Metadata(description = "The JQL query of issue/search and search/jql, the issues of the bulk actions, or the "
            + "filter of the agile issue lists; overrides the option jql.", javaType = "String")
    public static final String JQL = "CamelJiraJql";
    @Metadata(description = "The number of issues a search returned, or of items a list action returned (not set "
            + "when results are streamed).", javaType = "Integer")
    public static final String RESULT_COUNT = "CamelJiraResultCount";
    @Metadata(description = "The comment id for comment/get, comment/update and comment/delete; overrides the "
            + "option commentId. Set on results of comment/add, comment/get and comment/update.", javaType = "String")
    public static final String COMMENT_ID = "CamelJiraCommentId";
    @Metadata(description = "Jira's request id of the last call, for support tickets.", javaType = "String")
    public static final String REQUEST_ID = "CamelJiraRequestId";

    @Metadata(description = "With singlePage=true: the page to fetch; on results, the token of the next page "
            + "(absent on the last page).", javaType = "String")
    public static final String NEXT_PAGE_TOKEN = "CamelJiraNextPageToken";
    @Metadata(description = "For search/jql and issue/search: the ids of issues just created or changed, which the "
            + "search then reads as they are now (Jira's search lags writes by seconds to minutes): a List, or ids "
            + "separated by commas, at most 50. E.g. the CamelJiraIssueId of an issue/create before.", javaType = "java.util.List<Long>")
    public static final String RECONCILE_ISSUES = "CamelJiraReconcileIssues";
    @Metadata(description = "The user account id for issue/assign, watcher/add, watcher/remove and user/get; "
            + "overrides the option accountId. Set on results of user/myself, user/get, watcher/add and "
            + "watcher/remove.", javaType = "String")
    public static final String ACCOUNT_ID = "CamelJiraAccountId";
    @Metadata(javaType = "String", description = "The transition name or id for issue/transition and "
            + "bulk/transition; overrides the option transition.")
    public static final String TRANSITION = "CamelJiraTransition";
    @Metadata(description = "The attachment id for attachment/get, attachment/download and attachment/delete; "
            + "overrides the option attachmentId. Set on results of attachment/add (the first attachment), "
            + "attachment/get and attachment/download.", javaType = "String")
    public static final String ATTACHMENT_ID = "CamelJiraAttachmentId";
    @Metadata(description = "The worklog id for worklog/update and worklog/delete; overrides the option "
            + "worklogId. Set on results of worklog/add and worklog/update.", javaType = "String")
    public static final String WORKLOG_ID = "CamelJiraWorklogId";
    @Metadata(description = "The issue link id for issueLink/get and issueLink/delete; overrides the option "
            + "linkId. Set on results of issueLink/create.", javaType = "String")
    public static final String LINK_ID = "CamelJiraLinkId";
    @Metadata(description = "The board id of the agile actions; overrides the option boardId. Set on results of "
            + "agile/board.", javaType = "String")
    public static final String BOARD_ID = "CamelJiraBoardId";
    @Metadata(description = "The sprint id of the agile actions; overrides the option sprintId. Set on results "
            + "of agile/sprint, agile/createSprint, agile/updateSprint and agile/moveToSprint.", javaType = "String")
    public static final String SPRINT_ID = "CamelJiraSprintId";
    @Metadata(javaType = "String", description = "The project key or id for project/get, project/components, "
            + "project/versions, "
            + "user/assignable, metadata/createMeta and agile/boards; overrides the option project.")
    public static final String PROJECT_KEY = "CamelJiraProjectKey";
    @Metadata(description = "The entity property key; overrides the option propertyKey.", javaType = "String")
    public static final String PROPERTY_KEY = "CamelJiraPropertyKey";
    @Metadata(description = "The file name of attachment/add; overrides the option fileName and the name of a "
            + "File body. Set on results of attachment/get and attachment/download.", javaType = "String")
    public static final String FILE_NAME = "CamelJiraFileName";
    @Metadata(description = "The HTTP method of api/call; overrides the option httpMethod.", javaType = "String")
    public static final String HTTP_METHOD = "CamelJiraHttpMethod";
    @Metadata(description = "The API path of api/call; overrides the option path.", javaType = "String")
    public static final String PATH = "CamelJiraPath";
    @Metadata(javaType = "java.util.Map<String, Object>", description = "Query parameters of api/call, as a Map "
            + "of name to value (or to a List of values).")
    public static final String QUERY = "CamelJiraQuery";
    @Metadata(javaType = "java.util.List<java.util.Map<String, Object>>", description = "The elements of "
            + "issue/bulkCreate that were not created, and the issues a bulk action did not change: a List of Maps "
            + "with index (in the whole input), status (0 when never sent or not known), errorMessages and errors "
            + "(field to message); for bulk actions also issue (as given), id and key when known, and taskId when a "
            + "task reported it. For issue/bulkFetch, Jira's issueErrors.")
    public static final String BULK_ERRORS = "CamelJiraBulkErrors";
    @Metadata(javaType = "java.util.List<String>", description = "The issues of a bulk action, issue/bulkFetch or "
            + "issue/changelogs: a List of keys or ids (or one String of them, comma-separated); overrides a List "
            + "body and the JQL.")
    public static final String ISSUE_KEYS = "CamelJiraIssueKeys";
    @Metadata(description = "The bulk task id for bulk/status; overrides the option taskId. Set by the bulk "
            + "actions when they submitted exactly one task.", javaType = "String")
    public static final String BULK_TASK_ID = "CamelJiraBulkTaskId";
    @Metadata(javaType = "java.util.List<String>", description = "The ids of the tasks a bulk action submitted, in "
            + "order (one per 1,000 issues, or more when a transition differs between workflows).")
    public static final String BULK_TASK_IDS = "CamelJiraBulkTaskIds";
    @Metadata(description = "The idempotency key of issue/create and comment/add (with idempotentCreate, the "
            + "default). The new issue or comment carries it as the entity property camel.idempotency, and a "
            + "create whose answer was lost is found by it instead of being made twice. Give one key per "
            + "issue or comment, e.g. the id of the message that asked for it; when absent, a "
            + "key is generated per exchange, and a redelivery of the exchange reuses "
            + "it. At most 255 characters.", javaType = "String")
    public static final String IDEMPOTENCY_KEY = "CamelJiraIdempotencyKey";
    /**
     * Exchange property: the idempotency key of a create on this exchange that has not succeeded yet, so that a
     * redelivery of the exchange reuses it (and looks for it first).
     */
    public static final String IDEMPOTENCY_PENDING = "CamelJiraIdempotencyPending";
    /**
     * Exchange property: how many items issue/bulkCreate sent, a bulk action settled (done or failed) or a search
     * delivered so far (an Integer).
     */
    public static final String PROGRESS_DONE = "CamelJiraProgressDone";
    /**
     * Exchange property: how many items the work has in all, when known (issue/bulkCreate and bulk actions given a
     * List: the input's size).
     */
    public static final String PROGRESS_TOTAL = "CamelJiraProgressTotal";
    /**
     * Exchange property of issue/poll and comment/poll: which delivery of the item this is (an Integer, 1 for the
     * first; more after the route failed on it).
     */
    public static final String DELIVERY_ATTEMPT = "CamelJiraDeliveryAttempt";
    /**
     * Exchange property of issue/poll and comment/poll: true while a failure of this exchange would be delivered
     * again at a later poll (maxRedeliveries). An error handler that keeps failed exchanges skips them then; one that
     * removes the property takes the failure as final at once.
     */
    public static final String REDELIVERY_PENDING = "CamelJiraRedeliveryPending";
    @Metadata(label = "consumer", description = "The kind of event webhook delivered, Jira's webhookEvent, e.g. "
            + "jira:issue_created or comment_created.", javaType = "String")
    public static final String WEBHOOK_EVENT = "CamelJiraWebhookEvent";
    @Metadata(label = "consumer", description = "The X-Atlassian-Webhook-Identifier of the event webhook "
            + "delivered: the same across Jira's retries of one event.", javaType = "String")
    public static final String WEBHOOK_ID = "CamelJiraWebhookId";

    private JiraConstants() {
    }
}
