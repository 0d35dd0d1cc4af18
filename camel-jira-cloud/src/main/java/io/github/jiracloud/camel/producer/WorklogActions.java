package io.github.jiracloud.camel.producer;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraOperation;

/** The worklog resource. */
final class WorklogActions {

    private WorklogActions() {
    }

    static JiraAction of(JiraOperation operation, JiraConfiguration configuration) {
        throw JiraActions.notOf("worklog", operation);
    }
}
