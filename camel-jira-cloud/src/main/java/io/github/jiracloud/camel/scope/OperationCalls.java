package io.github.jiracloud.camel.scope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.github.jiracloud.camel.JiraOperation;

import static io.github.jiracloud.camel.scope.RestCall.delete;
import static io.github.jiracloud.camel.scope.RestCall.get;
import static io.github.jiracloud.camel.scope.RestCall.post;
import static io.github.jiracloud.camel.scope.RestCall.put;

/**
 * The HTTP calls each operation may make, declared once: the component's docs list their scopes (generated from the
 * spec), an error names the scopes of a refused call, and the connections page compares a connection's scopes with its
 * flows'. {@code OperationCallsTest} runs every operation against the emulator and fails when a request is not
 * declared here, or a call declared here is never made. Calls made only sometimes (a lookup after a lost answer, the
 * field catalogue read once per connection) are declared too: a token needs their scopes all the same.
 */
public final class OperationCalls {

    private static final String API = "/rest/api/3";
    private static final String ISSUE = API + "/issue/{issueIdOrKey}";
    private static final String AGILE = "/rest/agile/1.0";
    private static final String SOFTWARE = "/rest/software/1.0";
    /** The field catalogue: read once per connection when a body names fields by name or needs their types. */
    private static final RestCall FIELDS = get(API + "/field");
    private static final RestCall SEARCH = post(API + "/search/jql");
    private static final RestCall MYSELF = get(API + "/myself");
    private static final RestCall READ_ISSUE = get(ISSUE);
    private static final RestCall COMMENTS = get(ISSUE + "/comment");
    private static final String BULK = API + "/bulk/issues/";
    private static final RestCall BULK_FETCH = post(API + "/issue/bulkfetch");
    private static final RestCall BULK_TASK = get(API + "/bulk/queue/{taskId}");

    private static final Map<JiraOperation, List<RestCall>> CALLS = new EnumMap<>(JiraOperation.class);

    static {
        // issue; a create looks for its issue by search after a lost answer, a transition reads the issue back
        declare(JiraOperation.ISSUE_CREATE, post(API + "/issue"), FIELDS, SEARCH);
        declare(JiraOperation.ISSUE_BULK_CREATE, post(API + "/issue/bulk"), FIELDS);
        declare(JiraOperation.ISSUE_GET, READ_ISSUE);
        declare(JiraOperation.ISSUE_UPDATE, put(ISSUE), FIELDS);
        declare(JiraOperation.ISSUE_DELETE, delete(ISSUE));
        declare(JiraOperation.ISSUE_ASSIGN, put(ISSUE + "/assignee"));
        declare(JiraOperation.ISSUE_TRANSITIONS, get(ISSUE + "/transitions"));
        declare(JiraOperation.ISSUE_TRANSITION, get(ISSUE + "/transitions"), post(ISSUE + "/transitions"), FIELDS,
                READ_ISSUE);
        declare(JiraOperation.ISSUE_CHANGELOG, get(ISSUE + "/changelog"));
        declare(JiraOperation.ISSUE_NOTIFY, post(ISSUE + "/notify"));
        declare(JiraOperation.ISSUE_GET_PROPERTY, get(ISSUE + "/properties/{propertyKey}"));
        declare(JiraOperation.ISSUE_SET_PROPERTY, put(ISSUE + "/properties/{propertyKey}"));
        declare(JiraOperation.ISSUE_DELETE_PROPERTY, delete(ISSUE + "/properties/{propertyKey}"));
        declare(JiraOperation.ISSUE_SEARCH, SEARCH);
        declare(JiraOperation.ISSUE_POLL, MYSELF, SEARCH);
        // search
        declare(JiraOperation.SEARCH_JQL, SEARCH);
        declare(JiraOperation.SEARCH_COUNT, post(API + "/search/approximate-count"));
        // comment; an add reads the issue's comments, then their properties, for its own after a lost answer
        declare(JiraOperation.COMMENT_ADD, post(ISSUE + "/comment"), COMMENTS, post(API + "/comment/list"));
        declare(JiraOperation.COMMENT_LIST, COMMENTS);
        declare(JiraOperation.COMMENT_GET, get(ISSUE + "/comment/{id}"));
        declare(JiraOperation.COMMENT_UPDATE, put(ISSUE + "/comment/{id}"));
        declare(JiraOperation.COMMENT_DELETE, delete(ISSUE + "/comment/{id}"));
        declare(JiraOperation.COMMENT_POLL, MYSELF, SEARCH, COMMENTS);
        // attachment
        declare(JiraOperation.ATTACHMENT_ADD, post(ISSUE + "/attachments"));
        declare(JiraOperation.ATTACHMENT_GET, get(API + "/attachment/{id}"));
        declare(JiraOperation.ATTACHMENT_DOWNLOAD, get(API + "/attachment/{id}"),
                get(API + "/attachment/content/{id}"));
        declare(JiraOperation.ATTACHMENT_DELETE, delete(API + "/attachment/{id}"));
        // worklog
        declare(JiraOperation.WORKLOG_ADD, post(ISSUE + "/worklog"));
        declare(JiraOperation.WORKLOG_LIST, get(ISSUE + "/worklog"));
        declare(JiraOperation.WORKLOG_UPDATE, put(ISSUE + "/worklog/{id}"));
        declare(JiraOperation.WORKLOG_DELETE, delete(ISSUE + "/worklog/{id}"));
        // issueLink; a create reads the inward issue for the link it made
        declare(JiraOperation.ISSUE_LINK_CREATE, post(API + "/issueLink"), READ_ISSUE);
        declare(JiraOperation.ISSUE_LINK_GET, get(API + "/issueLink/{linkId}"));
        declare(JiraOperation.ISSUE_LINK_DELETE, delete(API + "/issueLink/{linkId}"));
        declare(JiraOperation.ISSUE_LINK_TYPE_LIST, get(API + "/issueLinkType"));
        // watcher; without an account id, the calling user
        declare(JiraOperation.WATCHER_ADD, post(ISSUE + "/watchers"), MYSELF);
        declare(JiraOperation.WATCHER_REMOVE, delete(ISSUE + "/watchers"), MYSELF);
        declare(JiraOperation.WATCHER_LIST, get(ISSUE + "/watchers"));
        // project
        declare(JiraOperation.PROJECT_LIST, get(API + "/project/search"));
        declare(JiraOperation.PROJECT_GET, get(API + "/project/{projectIdOrKey}"));
        declare(JiraOperation.PROJECT_COMPONENTS, get(API + "/project/{projectIdOrKey}/component"));
        declare(JiraOperation.PROJECT_VERSIONS, get(API + "/project/{projectIdOrKey}/version"));
        // user
        declare(JiraOperation.USER_MYSELF, MYSELF);
        declare(JiraOperation.USER_GET, get(API + "/user"));
        declare(JiraOperation.USER_SEARCH, get(API + "/user/search"));
        declare(JiraOperation.USER_ASSIGNABLE, get(API + "/user/assignable/search"));
        // metadata
        declare(JiraOperation.METADATA_FIELDS, FIELDS);
        declare(JiraOperation.METADATA_ISSUE_TYPES, get(API + "/issuetype"));
        declare(JiraOperation.METADATA_PRIORITIES, get(API + "/priority"));
        declare(JiraOperation.METADATA_STATUSES, get(API + "/status"));
        declare(JiraOperation.METADATA_RESOLUTIONS, get(API + "/resolution/search"));
        declare(JiraOperation.METADATA_LABELS, get(API + "/label"));
        declare(JiraOperation.METADATA_CREATE_META, get(API + "/issue/createmeta/{projectIdOrKey}/issuetypes"),
                get(API + "/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}"));
        // agile
        declare(JiraOperation.AGILE_BOARDS, get(AGILE + "/board"));
        declare(JiraOperation.AGILE_BOARD, get(AGILE + "/board/{boardId}"));
        declare(JiraOperation.AGILE_BOARD_ISSUES, get(SOFTWARE + "/board/{boardId}/issue"));
        declare(JiraOperation.AGILE_BACKLOG, get(SOFTWARE + "/board/{boardId}/backlog"));
        declare(JiraOperation.AGILE_BOARD_ISSUE_COUNT, get(SOFTWARE + "/board/{boardId}/issue/approximate-count"));
        declare(JiraOperation.AGILE_BACKLOG_COUNT, get(SOFTWARE + "/board/{boardId}/backlog/approximate-count"));
        declare(JiraOperation.AGILE_SPRINTS, get(AGILE + "/board/{boardId}/sprint"));
        declare(JiraOperation.AGILE_SPRINT, get(AGILE + "/sprint/{sprintId}"));
        declare(JiraOperation.AGILE_CREATE_SPRINT, post(AGILE + "/sprint"));
        declare(JiraOperation.AGILE_UPDATE_SPRINT, post(AGILE + "/sprint/{sprintId}"));
        declare(JiraOperation.AGILE_SPRINT_ISSUES, get(SOFTWARE + "/sprint/{sprintId}/issue"));
        declare(JiraOperation.AGILE_MOVE_TO_SPRINT, post(AGILE + "/sprint/{sprintId}/issue"));
        // issues in bulk
        declare(JiraOperation.ISSUE_BULK_FETCH, BULK_FETCH);
        declare(JiraOperation.ISSUE_CHANGELOGS, post(API + "/changelog/bulkfetch"));
        // bulk: the issues by key or id (bulk fetch, and one it did not match read on its own) or by a JQL search,
        // then the task, followed until it is over
        declareBulk(JiraOperation.BULK_EDIT, FIELDS, get(BULK + "fields"), post(BULK + "fields"), BULK_TASK);
        declareBulk(JiraOperation.BULK_TRANSITION, get(BULK + "transition"), post(BULK + "transition"), BULK_TASK);
        declareBulk(JiraOperation.BULK_DELETE, post(BULK + "delete"), BULK_TASK);
        declareBulk(JiraOperation.BULK_MOVE, get(API + "/issuetype"), post(BULK + "move"), BULK_TASK);
        declareBulk(JiraOperation.BULK_WATCH, post(BULK + "watch"), BULK_TASK);
        declareBulk(JiraOperation.BULK_UNWATCH, post(BULK + "unwatch"), BULK_TASK);
        declareBulk(JiraOperation.BULK_EDITABLE_FIELDS, get(BULK + "fields"));
        declareBulk(JiraOperation.BULK_TRANSITIONS, get(BULK + "transition"));
        declare(JiraOperation.BULK_STATUS, BULK_TASK);
        // api/call: whatever path it is given, so no fixed scopes
        declare(JiraOperation.API_CALL);
        // webhook: only with register=true, over OAuth 2.0; the app's registrations are read first, to reuse them
        declare(JiraOperation.WEBHOOK_RECEIVE, get(API + "/webhook"), post(API + "/webhook"),
                put(API + "/webhook/refresh"), delete(API + "/webhook"));
    }

    private static final Set<RestCall> ALL = Collections.unmodifiableSet(new TreeSet<>(
            CALLS.values().stream().flatMap(List::stream).toList()));

    private OperationCalls() {
    }

    private static void declare(JiraOperation operation, RestCall... calls) {
        CALLS.put(operation, List.of(calls));
    }

    /** A bulk operation: how it finds its issues, then its own calls. */
    private static void declareBulk(JiraOperation operation, RestCall... calls) {
        List<RestCall> all = new ArrayList<>(List.of(BULK_FETCH, READ_ISSUE, SEARCH));
        all.addAll(List.of(calls));
        CALLS.put(operation, List.copyOf(all));
    }

    /** @throws IllegalStateException when the operation has no declaration (add one above) */
    public static List<RestCall> of(JiraOperation operation) {
        List<RestCall> calls = CALLS.get(operation);
        if (calls == null) {
            throw new IllegalStateException("No HTTP calls are declared for " + operation + " in OperationCalls");
        }
        return calls;
    }

    public static boolean isDeclared(JiraOperation operation) {
        return CALLS.containsKey(operation);
    }

    /** Every declared call, once, in template order. */
    public static Set<RestCall> all() {
        return ALL;
    }

    /** The operations' calls, once each. */
    public static Set<RestCall> of(Collection<JiraOperation> operations) {
        Set<RestCall> calls = new TreeSet<>();
        operations.forEach(operation -> calls.addAll(of(operation)));
        return calls;
    }

    /** The declared call a request is, the most specific one when several templates fit. */
    public static Optional<RestCall> matching(String method, String path) {
        return all().stream().filter(call -> call.matches(method, path))
                .max((a, b) -> Integer.compare(a.specificity(), b.specificity()));
    }
}
