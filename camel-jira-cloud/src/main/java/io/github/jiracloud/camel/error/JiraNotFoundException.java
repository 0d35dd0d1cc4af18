package io.github.jiracloud.camel.error;

/** HTTP 404: the issue, project or resource does not exist or is not visible to the account. */
public class JiraNotFoundException extends JiraException {

    public JiraNotFoundException(JiraErrorDetails details) {
        super(details);
    }
}
