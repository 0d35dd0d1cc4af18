package io.github.jiracloud.camel.producer;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraOperation;

/** The issue resource. */
final class IssueActions {

    private IssueActions() {
    }

    static JiraAction of(JiraOperation operation, JiraConfiguration configuration) {
        return switch (operation) {
            case ISSUE_CREATE -> new CreateIssue(configuration);
            case ISSUE_GET -> new GetIssue(configuration);
            default -> throw JiraActions.notOf("issue", operation);
        };
    }
}
