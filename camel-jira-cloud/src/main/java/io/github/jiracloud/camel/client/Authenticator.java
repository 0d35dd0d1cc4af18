package io.github.jiracloud.camel.client;

/** Supplies the {@code Authorization} header of each call, and a fresh one after Jira refused a header with 401. */
public interface Authenticator {

    /** The header value for the next request, e.g. {@code Basic ...} or {@code Bearer ...}. */
    String authorization();

    /**
     * Jira answered 401 to {@code rejected}.
     *
     * @return true when a different credential is now available, so one retry makes sense
     */
    boolean renewAfterRejection(String rejected);

    /** Advice added to a 401 error message: what the user should check. */
    String rejectionHint();

    /** Advice added to a 401 for missing scopes (after the scopes the call needs): where to add them. */
    default String scopeHint() {
        return "Give the credential these scopes";
    }
}
