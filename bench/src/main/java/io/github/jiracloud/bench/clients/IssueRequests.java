package io.github.jiracloud.bench.clients;

import java.util.LinkedHashMap;
import java.util.Map;

/** The request bodies the scenarios send; the same issue, in the shape each client variant is given it. */
public final class IssueRequests {

    public static final String PROJECT = "OPS";
    public static final String ISSUE_TYPE = "Task";

    private IssueRequests() {
    }

    /** Jira's own create body, as a raw client or a hand-written route must build it. */
    public static Map<String, Object> jiraCreateBody(String summary) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("project", Map.of("key", PROJECT));
        fields.put("issuetype", Map.of("name", ISSUE_TYPE));
        fields.put("summary", summary);
        return Map.of("fields", fields);
    }

    /** The short form the jira: component accepts and turns into Jira's body. */
    public static Map<String, Object> componentCreateBody(String summary) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("project", PROJECT);
        fields.put("issuetype", ISSUE_TYPE);
        fields.put("summary", summary);
        return fields;
    }
}
