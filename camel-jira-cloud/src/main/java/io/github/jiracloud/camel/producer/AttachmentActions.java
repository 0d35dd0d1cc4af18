package io.github.jiracloud.camel.producer;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraOperation;

/** The attachment resource. */
final class AttachmentActions {

    private AttachmentActions() {
    }

    static JiraAction of(JiraOperation operation, JiraConfiguration configuration) {
        throw JiraActions.notOf("attachment", operation);
    }
}
