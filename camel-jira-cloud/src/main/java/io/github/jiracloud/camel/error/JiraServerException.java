package io.github.jiracloud.camel.error;

/** HTTP 5xx: Jira or a proxy in front of it failed. */
public class JiraServerException extends JiraException {

    public JiraServerException(JiraErrorDetails details) {
        super(details);
    }
}
