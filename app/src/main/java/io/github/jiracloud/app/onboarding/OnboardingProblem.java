package io.github.jiracloud.app.onboarding;

/**
 * Why connecting failed: an HTTP status, a message for the person at the browser, and one line for the log. Neither
 * ever holds a token, code, state or secret.
 */
final class OnboardingProblem extends RuntimeException {

    private final int status;
    private final String logLine;
    private final String connection;

    private OnboardingProblem(int status, String userMessage, String logLine, String connection) {
        super(userMessage, null, false, false);
        this.status = status;
        this.logLine = logLine;
        this.connection = connection;
    }

    private OnboardingProblem(int status, String userMessage, String logLine) {
        this(status, userMessage, logLine, null);
    }

    /** The same problem, known to concern this connection (named in the log line). */
    OnboardingProblem about(String connectionName) {
        return connection != null ? this : new OnboardingProblem(status, getMessage(), logLine, connectionName);
    }

    /** The request itself is wrong (unknown state, expired code, declined consent): 400. */
    static OnboardingProblem badRequest(String userMessage, String logLine) {
        return new OnboardingProblem(400, userMessage, logLine);
    }

    /** A request that must come from this application's own page in the consenting browser, and did not: 403. */
    static OnboardingProblem forbidden(String userMessage, String logLine) {
        return new OnboardingProblem(403, userMessage, logLine);
    }

    static OnboardingProblem notFound(String userMessage, String logLine) {
        return new OnboardingProblem(404, userMessage, logLine);
    }

    /** Atlassian refused or failed (wrong client secret, token endpoint down): 502. */
    static OnboardingProblem upstream(String userMessage, String logLine) {
        return new OnboardingProblem(502, userMessage, logLine);
    }

    static OnboardingProblem unavailable(String userMessage, String logLine) {
        return new OnboardingProblem(503, userMessage, logLine);
    }

    /** A connection name may come from the URL: no line breaks or control characters into the log, and not too long. */
    private static String printable(String name) {
        String cleaned = name.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "..." : cleaned;
    }

    int status() {
        return status;
    }

    String userMessage() {
        return getMessage();
    }

    /** One line for the log, e.g. {@code connection 'ops': state replayed}. */
    String logLine() {
        return (connection == null ? "" : "connection '" + printable(connection) + "': ") + logLine;
    }
}
