package io.github.jiracloud.camel.producer;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraOperation;

/** The comment resource. */
final class CommentActions {

    private CommentActions() {
    }

    static JiraAction of(JiraOperation operation, JiraConfiguration configuration) {
        return switch (operation) {
            case COMMENT_ADD -> new AddComment(configuration);
            default -> throw JiraActions.notOf("comment", operation);
        };
    }
}
