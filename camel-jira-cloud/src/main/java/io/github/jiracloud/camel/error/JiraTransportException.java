package io.github.jiracloud.camel.error;

/** No answer from Jira: the connection failed, was reset, or timed out. {@link #getStatus()} is 0. */
public class JiraTransportException extends JiraException {

    public JiraTransportException(JiraErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
