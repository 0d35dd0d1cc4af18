package io.github.jiracloud.camel;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Every {@code resource/action} pair of the {@code jira:} URI. */
public enum JiraOperation {

    ISSUE_CREATE("issue", "create"),
    ISSUE_GET("issue", "get"),
    /** Same as {@link #SEARCH_JQL}, under the issue resource where many users look for it first. */
    ISSUE_SEARCH("issue", "search"),
    SEARCH_JQL("search", "jql"),
    COMMENT_ADD("comment", "add");

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
