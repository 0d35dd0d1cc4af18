package io.github.jiracloud.camel.error;

/** HTTP 401: the credentials were missing, wrong or expired. */
public class JiraAuthenticationException extends JiraException {

    public JiraAuthenticationException(JiraErrorDetails details) {
        super(details);
    }
}
