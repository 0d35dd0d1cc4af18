package io.github.jiracloud.camel.scope;

import java.util.ArrayList;
import java.util.List;

/**
 * The paths and the HTTP calls that several operations of the catalogue ({@code JiraOperation}) declare: an
 * operation's calls are all it may make, including the ones made only sometimes (a lookup after a lost answer, the
 * field catalogue read once per connection), because a token needs their scopes all the same.
 */
public final class SharedCalls {

    public static final String API = "/rest/api/3";
    public static final String ISSUE = API + "/issue/{issueIdOrKey}";
    public static final String AGILE = "/rest/agile/1.0";
    public static final String SOFTWARE = "/rest/software/1.0";
    public static final String BULK = API + "/bulk/issues/";
    /** The field catalogue: read once per connection when a body names fields by name or needs their types. */
    public static final RestCall FIELDS = RestCall.get(API + "/field");
    public static final RestCall SEARCH = RestCall.post(API + "/search/jql");
    public static final RestCall MYSELF = RestCall.get(API + "/myself");
    public static final RestCall READ_ISSUE = RestCall.get(ISSUE);
    public static final RestCall COMMENTS = RestCall.get(ISSUE + "/comment");
    public static final RestCall BULK_FETCH = RestCall.post(API + "/issue/bulkfetch");
    public static final RestCall BULK_TASK = RestCall.get(API + "/bulk/queue/{taskId}");

    private SharedCalls() {
    }

    /**
     * A bulk operation's calls: how it finds its issues (bulk fetch by key or id, and one it did not match read on its
     * own, or a JQL search), then its own.
     */
    public static RestCall[] bulk(RestCall... own) {
        List<RestCall> all = new ArrayList<>(List.of(BULK_FETCH, READ_ISSUE, SEARCH));
        all.addAll(List.of(own));
        return all.toArray(RestCall[]::new);
    }
}
