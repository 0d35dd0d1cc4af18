package io.github.jiracloud.camel.error;

/** HTTP 400 Bad Request: the request was refused, usually with field errors in getErrors(). */
public class JiraBadRequestException extends JiraException {

    public JiraBadRequestException(JiraErrorDetails details) {
        super(details);
    }
}
