package io.github.jiracloud.camel.producer;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraOperation;

/** The user resource. */
final class UserActions {

    private UserActions() {
    }

    static JiraAction of(JiraOperation operation, JiraConfiguration configuration) {
        throw JiraActions.notOf("user", operation);
    }
}
