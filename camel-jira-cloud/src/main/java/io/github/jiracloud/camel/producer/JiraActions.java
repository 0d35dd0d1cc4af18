package io.github.jiracloud.camel.producer;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraOperation;

/** Picks the action of an operation. */
public final class JiraActions {

    private JiraActions() {
    }

    public static JiraAction forOperation(JiraOperation operation, JiraConfiguration configuration) {
        return switch (operation) {
            case ISSUE_CREATE -> new CreateIssue(configuration);
            case ISSUE_GET -> new GetIssue(configuration);
            case ISSUE_SEARCH, SEARCH_JQL -> new SearchIssues(configuration);
            case COMMENT_ADD -> new AddComment(configuration);
        };
    }
}
