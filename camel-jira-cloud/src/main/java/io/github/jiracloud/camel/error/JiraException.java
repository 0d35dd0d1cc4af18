package io.github.jiracloud.camel.error;

import java.util.List;
import java.util.Map;

/**
 * A call to Jira failed. Carries the HTTP status, Jira's own error messages and field errors, and the request id that
 * Atlassian support asks for. The message never contains credentials: it is built from the method, the path and Jira's
 * answer only.
 */
public class JiraException extends RuntimeException {

    private final int status;
    private final String method;
    private final String path;
    private final List<String> errorMessages;
    private final Map<String, String> errors;
    private final String requestId;

    public JiraException(JiraErrorDetails details) {
        this(details, null);
    }

    public JiraException(JiraErrorDetails details, Throwable cause) {
        super(details.describe(), cause);
        this.status = details.status();
        this.method = details.method();
        this.path = details.path();
        this.errorMessages = details.errorMessages();
        this.errors = details.errors();
        this.requestId = details.requestId();
    }

    /** The HTTP status Jira answered, or 0 when no answer arrived (connection failure). */
    public int getStatus() {
        return status;
    }

    public String getMethod() {
        return method;
    }

    /** The API path that was called, without host and query. */
    public String getPath() {
        return path;
    }

    /** Jira's {@code errorMessages}. */
    public List<String> getErrorMessages() {
        return errorMessages;
    }

    /** Jira's {@code errors}: field name to message. */
    public Map<String, String> getErrors() {
        return errors;
    }

    /** Jira's request id ({@code X-AREQUESTID} or {@code atl-traceid}), for support tickets; may be null. */
    public String getRequestId() {
        return requestId;
    }
}
