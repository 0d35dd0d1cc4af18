package io.github.jiracloud.camel.error;

import java.util.List;
import java.util.Set;

/**
 * HTTP 401 {@code "Unauthorized; scope does not match"}: the OAuth 2.0 token (or scoped API token) is valid but lacks
 * the scopes of the call. Renewing the token cannot help, so none is renewed; the message names the scopes the call
 * needs and where to add them.
 */
public class JiraScopeException extends JiraAuthenticationException {

    private final List<Set<String>> requiredScopes;

    /** @param requiredScopes the call's alternatives (any one, each whole), or empty when the call is not known */
    public JiraScopeException(JiraErrorDetails details, List<Set<String>> requiredScopes) {
        super(details);
        this.requiredScopes = List.copyOf(requiredScopes);
    }

    /**
     * The scopes the call takes: any one of these sets, each whole (a platform call's classic and granular sets, an
     * Agile call's granular set); empty when the component does not know the call (e.g. {@code api/call}).
     */
    public List<Set<String>> getRequiredScopes() {
        return requiredScopes;
    }
}
