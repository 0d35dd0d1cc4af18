package io.github.jiracloud.camel.error;

/** HTTP 403: the account may not do this, or the OAuth scopes do not cover it. */
public class JiraPermissionException extends JiraException {

    public JiraPermissionException(JiraErrorDetails details) {
        super(details);
    }
}
