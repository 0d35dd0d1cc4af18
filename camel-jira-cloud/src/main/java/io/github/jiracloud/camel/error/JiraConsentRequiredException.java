package io.github.jiracloud.camel.error;

/**
 * The OAuth 2.0 refresh token was refused ({@code invalid_grant}): it expired, was revoked, or a rotated token was
 * reused too late. No retry can fix this; the user has to authorize the app again.
 */
public class JiraConsentRequiredException extends JiraAuthenticationException {

    public JiraConsentRequiredException(JiraErrorDetails details) {
        super(details);
    }
}
