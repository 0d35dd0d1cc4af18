package io.github.jiracloud.camel;

import io.github.jiracloud.camel.adf.TextFormat;
import io.github.jiracloud.camel.connection.JiraConnection;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of a {@code jira:} endpoint; the component holds one as the defaults, copied per endpoint. The
 * connection's options (site, credentials, HTTP client) live in the nested {@link JiraConnection}.
 */
@UriParams
public class JiraConfiguration implements Cloneable {

    @UriParam(label = "common", defaultValue = "default", description = "The named connection to use: one registered on the component (connections) or a JiraConnection bean of that name; default uses the component's own settings. Endpoints with the same connection settings share one HTTP connection pool and one OAuth token; an OAuth connection's refresh token is stored under this name.")
    private String connection = "default";
    @UriParam(label = "producer", description = "The issue id or key to act on (comment/add, issue/get). The header CamelJiraIssueKey overrides it.")
    private String issueKey;
    @UriParam(label = "producer", description = "The JQL query of issue/search and search/jql; the issues of the bulk actions when no List of issues is given; for agile/boardIssues, agile/backlog, agile/sprintIssues, agile/boardIssueCount and agile/backlogCount an optional filter. The header CamelJiraJql overrides it.")
    private String jql;
    @UriParam(label = "producer", description = "Comma-separated fields to return for issue/get, issue/bulkFetch and searches, e.g. summary,status or *all (searches and issue/bulkFetch default to *navigable); for issue/changelogs, the fields (up to 10 ids) whose changes to return.")
    private String fields;
    @UriParam(label = "producer", description = "Comma-separated expansions, e.g. renderedFields,names,changelog for issues, renderedBody for comments, properties for worklogs.")
    private String expand;
    @UriParam(label = "producer", defaultValue = "100", description = "Items fetched per request when paging: search results, and the lists of projects, components, versions, users, labels, resolutions and create metadata (an endpoint's own smaller maximum still applies).")
    private int pageSize = 100;
    @UriParam(label = "producer", defaultValue = "0", description = "The most items a search or a paged list returns; 0 returns all pages.")
    private int limit = 0;
    @UriParam(label = "producer", defaultValue = "false", description = "Return search results as a lazy Iterator that fetches the next page only when asked, so results of any size stream in constant memory (use with split streaming). Otherwise a List of all results.")
    private boolean streamResults = false;
    @UriParam(label = "producer", defaultValue = "10000", description = "Milliseconds between the INFO log lines that report how far a long issue/bulkCreate, bulk action or search got (count done, total when known, rate per second); 0 reports at every step (each bulk request or task progress, each search result). The count is also in the exchange properties CamelJiraProgressDone and CamelJiraProgressTotal.")
    private long progressInterval = 10000;
    @UriParam(label = "producer", description = "The project key used by issue/create when the body names none; agile/boards lists only the boards of this project; project/get, project/components, project/versions, user/assignable and metadata/createMeta act on this project; bulk/move moves the issues to it. The header CamelJiraProjectKey overrides it.")
    private String project;
    @UriParam(label = "producer", description = "The issue type name used by issue/create when the body names none; with metadata/createMeta, the issue type (name or id) whose fields to list; with bulk/move, the issue type (name or id) the issues become.")
    private String issueType;
    @UriParam(label = "producer", defaultValue = "plain", enums = "plain,markdown", description = "How plain-string descriptions and comment bodies become Atlassian Document Format: plain (paragraphs and line breaks) or markdown. An ADF document is always passed through unchanged.")
    private String textFormat = "plain";
    @UriParam(label = "consumer", defaultValue = "updated", enums = "created,updated", description = "What issue/poll delivers: updated (every new or changed issue, the default) or created (new issues only). The field is also the poller's watermark.")
    private String on = "updated";
    @UriParam(label = "consumer", defaultValue = "300000", description = "Milliseconds that each poll reaches back before the newest change it delivered, so that changes Jira indexes late are not missed; the poller remembers what it delivered in that window, so nothing is delivered twice.")
    private long overlap = 300000;
    @UriParam(label = "consumer", defaultValue = "10", description = "How many times issue/poll and comment/poll deliver an item again after its exchange failed, before the route's error handling gets it as finally failed (the exchange property CamelJiraRedeliveryPending is then false). Until then the item holds the position, so later items wait and nothing is delivered out of order; redeliveries come at later polls, redeliveryDelay apart and doubling. A failure that no error handler took (no dead letter channel) is never dropped: it is delivered again every redeliveryMaxDelay.")
    private int maxRedeliveries = 10;
    @UriParam(label = "consumer", defaultValue = "1000", description = "Milliseconds before issue/poll or comment/poll delivers a failed item again (at the first poll after that); doubles at each further failure, up to redeliveryMaxDelay.")
    private long redeliveryDelay = 1000;
    @UriParam(label = "consumer", defaultValue = "300000", description = "The longest wait in milliseconds before issue/poll or comment/poll delivers a failed item again.")
    private long redeliveryMaxDelay = 300000;
    @UriParam(label = "consumer", description = "Where issue/poll starts the first time it runs (no stored position): an ISO instant or date such as 2026-11-01. By default it starts from now.")
    private String since;
    @UriParam(label = "consumer,advanced", description = "Where issue/poll keeps its position across restarts. By default a file in stateDirectory.")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer", description = "The directory of the default file state repository of issue/poll. Defaults to .camel-jira/state in the user's home directory.")
    private String stateDirectory;
    @UriParam(label = "consumer", description = "The key of this poller's position in the state repository. Defaults to one derived from the connection, the operation and the JQL; set it to keep the position when the JQL changes.")
    private String stateKey;
    @UriParam(label = "consumer", defaultValue = "jira:issue_created,jira:issue_updated,comment_created", description = "The Jira events that webhook delivers, comma-separated: jira:issue_created, jira:issue_updated, jira:issue_deleted, comment_created, comment_updated, comment_deleted, issue_property_set, issue_property_deleted. Used when registering the webhook (register=true); events of other kinds that still arrive are delivered too.")
    private String events = "jira:issue_created,jira:issue_updated,comment_created";
    @UriParam(label = "consumer", description = "The JQL that selects the issues whose events webhook registers for (register=true). Jira accepts only a subset: the fields issueKey, project, issuetype, status, assignee, reporter, issue.property[...] and cf[id], the operators =, !=, IN and NOT IN, joined by AND and OR; anything else is refused when the route starts.")
    private String jqlFilter;
    @UriParam(label = "consumer,security", secret = true, description = "The secret of an admin webhook (made in Jira's settings or with POST /rest/webhooks/1.0/webhook): webhook accepts only requests whose X-Hub-Signature header is sha256= and the hex HMAC-SHA256 of the body with this secret, and whose payload timestamp is at most webhookMaxAge old, and answers 401 to the others without processing them. Not with register=true: Jira signs the webhooks an app registers with a JWT instead. A webhook route needs secret, register=true or insecureAcceptAnyCaller=true.")
    private String secret;
    @UriParam(label = "consumer", defaultValue = "/jira/webhook", description = "The HTTP path that webhook receives Jira's POST requests on, served by the runtime's platform-http server.")
    private String webhookPath = "/jira/webhook";
    @UriParam(label = "consumer,advanced", description = "Where webhook remembers the deliveries it processed, to answer a redelivery or a replay 200 without processing it again: by what Jira signed (the X-Hub-Signature HMAC of the body; the JWT, and the X-Atlassian-Webhook-Identifier of a delivery whose JWT verified). By default an in-memory LRU of webhookCacheSize entries; use a shared repository when several instances receive the same webhooks, and one that keeps entries at least webhookMaxAge.")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer,advanced", defaultValue = "10000", description = "How many deliveries the default in-memory de-duplication remembers.")
    private int webhookCacheSize = 10000;
    @UriParam(label = "consumer", defaultValue = "false", description = "Whether webhook registers itself with Jira when it starts (POST /rest/api/3/webhook, for OAuth 2.0 connections only; the app's existing webhooks with the same events and jqlFilter are reused instead, so a restart after a crash adds none), refreshes the registration before Jira's 30-day expiry, and removes it when it stops (unregisterOnStop). Jira signs these deliveries with a JWT (Authorization: Bearer) made with the app's client secret: webhook verifies its signature (HS256, clientSecret) and expiry and answers 401 otherwise.")
    private boolean register = false;
    @UriParam(label = "consumer", description = "The public URL Jira should send the webhooks to, e.g. https://camel.example.com/jira/webhook; required with register=true.")
    private String webhookUrl;
    @UriParam(label = "consumer", defaultValue = "true", description = "Whether webhook deletes the webhooks it registered (register=true) when the route stops.")
    private boolean unregisterOnStop = true;
    @UriParam(label = "consumer,security", defaultValue = "3600000", description = "The oldest webhook delivery accepted, in milliseconds: an admin webhook's payload timestamp, or a JWT's issue time when it has no expiry, may be at most this old (or this far ahead), so a captured delivery can't be replayed later. Jira retries a delivery for up to about 30 minutes, so keep it above that.")
    private long webhookMaxAge = 3600000;
    @UriParam(label = "consumer,security", defaultValue = "false", description = "DANGEROUS: accept webhook requests without checking who sent them (no secret, no JWT). Anyone who can reach webhookPath can then inject events into the route. Only for a route whose HTTP endpoint is reachable solely through something that authenticates Jira already (e.g. a gateway that checks the signature, or mutual TLS); otherwise use secret (admin webhooks) or register=true (OAuth 2.0 apps).")
    private boolean insecureAcceptAnyCaller = false;
    @UriParam(label = "consumer,advanced", defaultValue = "1728000000", description = "Milliseconds between two refreshes of registered webhooks (PUT /rest/api/3/webhook/refresh); Jira expires them after 30 days, so keep it well below that. Default 20 days.")
    private long refreshPeriod = 1728000000L;
    @UriParam(label = "consumer,advanced", defaultValue = "3600000", description = "Milliseconds between two checks of whether the registered webhooks are due for a refresh.")
    private long refreshCheckDelay = 3600000L;
    @UriParam(label = "producer", defaultValue = "false", description = "Searches return one page only (the first, or the one named by the header CamelJiraNextPageToken) and set CamelJiraNextPageToken for the next; otherwise every page is returned.")
    private boolean singlePage = false;
    @UriParam(label = "producer", defaultValue = "true", description = "Whether Jira notifies watchers of issue/update, issue/delete, comment/update, worklog/add, worklog/update and worklog/delete (Jira's notifyUsers; false needs admin rights), and whether bulk/edit, bulk/transition, bulk/delete and bulk/move send Jira's bulk change notification (sendBulkNotification).")
    private boolean notifyUsers = true;
    @UriParam(label = "producer", defaultValue = "true", description = "Exactly-once creates for issue/create and comment/add. Each create carries an idempotency key (the header CamelJiraIdempotencyKey, or one generated per exchange) as the entity property camel.idempotency. When a create's outcome is unknown (the connection broke after the request was sent, the answer timed out or was incomplete, or a gateway answered 502 or 504), the component looks for an issue or comment with that key and returns the one found instead of creating again. Issues are looked for in Jira's search (the caller's issues of the project created since the first attempt), which shows new issues only after a lag, so during lostAnswerLookupWindow; not found, the create fails with JiraOutcomeUnknownException carrying the key and is never sent again blind. Comments are read directly from the issue (no lag), checked once more after retryInitialDelay, and sent again only when not there, as maxRetries allows. A Camel redelivery of the same exchange reuses the key and, when an earlier attempt may have taken effect, looks first. Set false to send creates without a key: a create whose outcome is unknown then fails with JiraTransportException and is never repeated.")
    private boolean idempotentCreate = true;
    @UriParam(label = "producer", defaultValue = "false", description = "issue/update returns the updated issue instead of an empty body.")
    private boolean returnIssue = false;
    @UriParam(label = "producer", defaultValue = "false", description = "issue/delete also deletes the issue's subtasks; without it an issue with subtasks cannot be deleted.")
    private boolean deleteSubtasks = false;
    @UriParam(label = "producer", description = "The user account id for issue/assign (-1 assigns the project's default assignee, none unassigns), watcher/add and watcher/remove (by default the calling user) and user/get. The header CamelJiraAccountId overrides it.")
    private String accountId;
    @UriParam(label = "producer", description = "The transition for issue/transition and bulk/transition, by name (e.g. Done) or id. The header CamelJiraTransition overrides it.")
    private String transition;
    @UriParam(label = "producer", description = "The comment id for comment/get, comment/update and comment/delete. The header CamelJiraCommentId overrides it.")
    private String commentId;
    @UriParam(label = "producer", description = "The attachment id for attachment/get, attachment/download and attachment/delete. The header CamelJiraAttachmentId overrides it.")
    private String attachmentId;
    @UriParam(label = "producer", description = "The worklog id for worklog/update and worklog/delete. The header CamelJiraWorklogId overrides it.")
    private String worklogId;
    @UriParam(label = "producer", description = "The issue link id for issueLink/get and issueLink/delete. The header CamelJiraLinkId overrides it.")
    private String linkId;
    @UriParam(label = "producer", description = "The board id for the agile actions. The header CamelJiraBoardId overrides it.")
    private String boardId;
    @UriParam(label = "producer", description = "The sprint id for agile/sprint, agile/updateSprint, agile/sprintIssues and agile/moveToSprint. The header CamelJiraSprintId overrides it.")
    private String sprintId;
    @UriParam(label = "producer", description = "Comma-separated sprint states for agile/sprints: future, active, closed. For agile/updateSprint, the state to move the sprint to: active starts it, closed completes it.")
    private String state;
    @UriParam(label = "producer", description = "The entity property key for issue/getProperty, issue/setProperty and issue/deleteProperty. The header CamelJiraPropertyKey overrides it.")
    private String propertyKey;
    @UriParam(label = "producer", defaultValue = "auto", enums = "auto,new,manual,leave", description = "How worklog/add, worklog/update and worklog/delete change the remaining estimate.")
    private String adjustEstimate = "auto";
    @UriParam(label = "producer", description = "The remaining estimate to set when adjustEstimate=new, e.g. 2d.")
    private String newEstimate;
    @UriParam(label = "producer", description = "The amount to reduce the remaining estimate by when worklog/add uses adjustEstimate=manual, e.g. 1h.")
    private String reduceBy;
    @UriParam(label = "producer", description = "The amount to increase the remaining estimate by when worklog/delete uses adjustEstimate=manual, e.g. 1h.")
    private String increaseBy;
    @UriParam(label = "producer", description = "The text to look for: in user/search and user/assignable the start of a display name, of a word in it, or of an e-mail address; in project/list part of the key or name; in project/components and project/versions part of the name or description.")
    private String query;
    @UriParam(label = "producer", description = "The file name of attachment/add when the body is not a File (a byte[], InputStream or String). The header CamelJiraFileName overrides it.")
    private String fileName;
    @UriParam(label = "producer", defaultValue = "true", description = "Whether the bulk actions (bulk/edit, bulk/transition, bulk/delete, bulk/move, bulk/watch, bulk/unwatch) wait for Jira's tasks to finish and return each issue's outcome; false returns the task ids at once (follow them with bulk/status).")
    private boolean wait = true;
    @UriParam(label = "producer", defaultValue = "1000", description = "Milliseconds before the first look at a bulk task's progress (GET /rest/api/3/bulk/queue/{taskId}); each later look waits twice as long, up to bulkPollMaxDelay.")
    private long bulkPollDelay = 1000;
    @UriParam(label = "producer", defaultValue = "30000", description = "The longest wait, in milliseconds, between two looks at a bulk task's progress.")
    private long bulkPollMaxDelay = 30000;
    @UriParam(label = "producer", defaultValue = "3600000", description = "How long, in milliseconds, a bulk action waits for one task to finish; a task still running then fails the action with JiraOutcomeUnknownException naming the task (its issues are then neither done nor failed as far as the route knows; follow it with bulk/status).")
    private long bulkTimeout = 3600000;
    @UriParam(label = "producer", description = "The task id for bulk/status. The header CamelJiraBulkTaskId overrides it.")
    private String taskId;
    @UriParam(label = "producer", defaultValue = "GET", enums = "GET,POST,PUT,DELETE,PATCH", description = "The HTTP method of api/call. The header CamelJiraHttpMethod overrides it.")
    private String httpMethod = "GET";
    @UriParam(label = "producer", description = "The API path of api/call, e.g. /rest/api/3/serverInfo. The header CamelJiraPath overrides it.")
    private String path;
    // Nested: its options are listed and bound by their own names, as if declared here. Last on purpose: Camel's
    // tooling forgets the enclosing field for the fields declared after a nested one.
    @UriParam
    private JiraConnection connectionOptions = new JiraConnection();

    /** The connection's own options: site, credentials, HTTP client. */
    public JiraConnection getConnectionOptions() {
        return connectionOptions;
    }

    public void setConnectionOptions(JiraConnection connectionOptions) {
        this.connectionOptions = connectionOptions;
    }

    public String getConnection() {
        return connection;
    }

    public void setConnection(String connection) {
        this.connection = connection;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public void setIssueKey(String issueKey) {
        this.issueKey = issueKey;
    }

    public String getJql() {
        return jql;
    }

    public void setJql(String jql) {
        this.jql = jql;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    public String getExpand() {
        return expand;
    }

    public void setExpand(String expand) {
        this.expand = expand;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public int getLimit() {
        return limit;
    }

    public void setLimit(int limit) {
        this.limit = limit;
    }

    public boolean isStreamResults() {
        return streamResults;
    }

    public void setStreamResults(boolean streamResults) {
        this.streamResults = streamResults;
    }

    public long getProgressInterval() {
        return progressInterval;
    }

    public void setProgressInterval(long progressInterval) {
        this.progressInterval = progressInterval;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public String getIssueType() {
        return issueType;
    }

    public void setIssueType(String issueType) {
        this.issueType = issueType;
    }

    public String getTextFormat() {
        return textFormat;
    }

    public void setTextFormat(String textFormat) {
        this.textFormat = textFormat;
    }

    public boolean isSinglePage() {
        return singlePage;
    }

    public void setSinglePage(boolean singlePage) {
        this.singlePage = singlePage;
    }

    public boolean isNotifyUsers() {
        return notifyUsers;
    }

    public void setNotifyUsers(boolean notifyUsers) {
        this.notifyUsers = notifyUsers;
    }

    public boolean isIdempotentCreate() {
        return idempotentCreate;
    }

    public void setIdempotentCreate(boolean idempotentCreate) {
        this.idempotentCreate = idempotentCreate;
    }

    public boolean isReturnIssue() {
        return returnIssue;
    }

    public void setReturnIssue(boolean returnIssue) {
        this.returnIssue = returnIssue;
    }

    public boolean isDeleteSubtasks() {
        return deleteSubtasks;
    }

    public void setDeleteSubtasks(boolean deleteSubtasks) {
        this.deleteSubtasks = deleteSubtasks;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getTransition() {
        return transition;
    }

    public void setTransition(String transition) {
        this.transition = transition;
    }

    public String getCommentId() {
        return commentId;
    }

    public void setCommentId(String commentId) {
        this.commentId = commentId;
    }

    public String getAttachmentId() {
        return attachmentId;
    }

    public void setAttachmentId(String attachmentId) {
        this.attachmentId = attachmentId;
    }

    public String getWorklogId() {
        return worklogId;
    }

    public void setWorklogId(String worklogId) {
        this.worklogId = worklogId;
    }

    public String getLinkId() {
        return linkId;
    }

    public void setLinkId(String linkId) {
        this.linkId = linkId;
    }

    public String getBoardId() {
        return boardId;
    }

    public void setBoardId(String boardId) {
        this.boardId = boardId;
    }

    public String getSprintId() {
        return sprintId;
    }

    public void setSprintId(String sprintId) {
        this.sprintId = sprintId;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getPropertyKey() {
        return propertyKey;
    }

    public void setPropertyKey(String propertyKey) {
        this.propertyKey = propertyKey;
    }

    public String getAdjustEstimate() {
        return adjustEstimate;
    }

    public void setAdjustEstimate(String adjustEstimate) {
        this.adjustEstimate = adjustEstimate;
    }

    public String getNewEstimate() {
        return newEstimate;
    }

    public void setNewEstimate(String newEstimate) {
        this.newEstimate = newEstimate;
    }

    public String getReduceBy() {
        return reduceBy;
    }

    public void setReduceBy(String reduceBy) {
        this.reduceBy = reduceBy;
    }

    public String getIncreaseBy() {
        return increaseBy;
    }

    public void setIncreaseBy(String increaseBy) {
        this.increaseBy = increaseBy;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getHttpMethod() {
        return httpMethod;
    }

    public void setHttpMethod(String httpMethod) {
        this.httpMethod = httpMethod;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on;
    }

    public int getMaxRedeliveries() {
        return maxRedeliveries;
    }

    public void setMaxRedeliveries(int maxRedeliveries) {
        this.maxRedeliveries = maxRedeliveries;
    }

    public long getRedeliveryDelay() {
        return redeliveryDelay;
    }

    public void setRedeliveryDelay(long redeliveryDelay) {
        this.redeliveryDelay = redeliveryDelay;
    }

    public long getRedeliveryMaxDelay() {
        return redeliveryMaxDelay;
    }

    public void setRedeliveryMaxDelay(long redeliveryMaxDelay) {
        this.redeliveryMaxDelay = redeliveryMaxDelay;
    }

    public long getOverlap() {
        return overlap;
    }

    public void setOverlap(long overlap) {
        this.overlap = overlap;
    }

    public String getSince() {
        return since;
    }

    public void setSince(String since) {
        this.since = since;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateDirectory() {
        return stateDirectory;
    }

    public void setStateDirectory(String stateDirectory) {
        this.stateDirectory = stateDirectory;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public String getEvents() {
        return events;
    }

    public void setEvents(String events) {
        this.events = events;
    }

    public String getJqlFilter() {
        return jqlFilter;
    }

    public void setJqlFilter(String jqlFilter) {
        this.jqlFilter = jqlFilter;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public int getWebhookCacheSize() {
        return webhookCacheSize;
    }

    public void setWebhookCacheSize(int webhookCacheSize) {
        this.webhookCacheSize = webhookCacheSize;
    }

    public boolean isRegister() {
        return register;
    }

    public void setRegister(boolean register) {
        this.register = register;
    }

    public long getWebhookMaxAge() {
        return webhookMaxAge;
    }

    public void setWebhookMaxAge(long webhookMaxAge) {
        this.webhookMaxAge = webhookMaxAge;
    }

    public boolean isInsecureAcceptAnyCaller() {
        return insecureAcceptAnyCaller;
    }

    public void setInsecureAcceptAnyCaller(boolean insecureAcceptAnyCaller) {
        this.insecureAcceptAnyCaller = insecureAcceptAnyCaller;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    public boolean isUnregisterOnStop() {
        return unregisterOnStop;
    }

    public void setUnregisterOnStop(boolean unregisterOnStop) {
        this.unregisterOnStop = unregisterOnStop;
    }

    public long getRefreshPeriod() {
        return refreshPeriod;
    }

    public void setRefreshPeriod(long refreshPeriod) {
        this.refreshPeriod = refreshPeriod;
    }

    public long getRefreshCheckDelay() {
        return refreshCheckDelay;
    }

    public void setRefreshCheckDelay(long refreshCheckDelay) {
        this.refreshCheckDelay = refreshCheckDelay;
    }

    public boolean isWait() {
        return wait;
    }

    public void setWait(boolean wait) {
        this.wait = wait;
    }

    public long getBulkPollDelay() {
        return bulkPollDelay;
    }

    public void setBulkPollDelay(long bulkPollDelay) {
        this.bulkPollDelay = bulkPollDelay;
    }

    public long getBulkPollMaxDelay() {
        return bulkPollMaxDelay;
    }

    public void setBulkPollMaxDelay(long bulkPollMaxDelay) {
        this.bulkPollMaxDelay = bulkPollMaxDelay;
    }

    public long getBulkTimeout() {
        return bulkTimeout;
    }

    public void setBulkTimeout(long bulkTimeout) {
        this.bulkTimeout = bulkTimeout;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public TextFormat textFormat() {
        return TextFormat.of(textFormat);
    }

    /** Checks the options that every operation reads, so that a bad value fails at route start-up. */
    public void validateCommonOptions() {
        connectionOptions.authType();
        textFormat();
        if (pageSize < 1 || pageSize > 5000) {
            throw new IllegalArgumentException("Option pageSize must be between 1 and 5000, was " + pageSize);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("Option limit must be 0 (all) or more, was " + limit);
        }
        if (!"created".equals(on) && !"updated".equals(on)) {
            throw new IllegalArgumentException("Option on must be created or updated, was " + on);
        }
        if (overlap < 0) {
            throw new IllegalArgumentException("Option overlap must be 0 or more milliseconds, was " + overlap);
        }
        if (bulkPollDelay < 1 || bulkPollMaxDelay < bulkPollDelay) {
            throw new IllegalArgumentException("Options bulkPollDelay and bulkPollMaxDelay must be at least 1 ms, "
                    + "bulkPollMaxDelay no less than bulkPollDelay; were " + bulkPollDelay + " and "
                    + bulkPollMaxDelay);
        }
        if (bulkTimeout < 1) {
            throw new IllegalArgumentException("Option bulkTimeout must be at least 1 ms, was " + bulkTimeout);
        }
    }

    public JiraConfiguration copy() {
        try {
            JiraConfiguration copy = (JiraConfiguration) clone();
            copy.connectionOptions = connectionOptions.copy();
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
