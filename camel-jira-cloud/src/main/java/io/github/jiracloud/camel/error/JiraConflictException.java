package io.github.jiracloud.camel.error;

/** HTTP 409: the change conflicts with the current state. */
public class JiraConflictException extends JiraException {

    public JiraConflictException(JiraErrorDetails details) {
        super(details);
    }
}
