package io.github.jiracloud.camel.producer;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraOperation;

/** The issue link resource. */
final class IssueLinkActions {

    private IssueLinkActions() {
    }

    static JiraAction of(JiraOperation operation, JiraConfiguration configuration) {
        throw JiraActions.notOf("issue link", operation);
    }
}
