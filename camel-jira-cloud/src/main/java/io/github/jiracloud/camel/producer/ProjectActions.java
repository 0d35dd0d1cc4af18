package io.github.jiracloud.camel.producer;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraOperation;

/** The project resource. */
final class ProjectActions {

    private ProjectActions() {
    }

    static JiraAction of(JiraOperation operation, JiraConfiguration configuration) {
        throw JiraActions.notOf("project", operation);
    }
}
