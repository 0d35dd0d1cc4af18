package io.github.jiracloud.app.onboarding;

import java.util.List;
import java.util.Optional;

/**
 * What onboarding knows of one configured connection: how it authenticates, where its app is registered, and which
 * site it is meant for. Built from {@code camel.component.jira.*} and
 * {@code camel.component.jira.connections[<name>].*}.
 *
 * @param configKey the configuration prefix of the connection, e.g. {@code camel.component.jira.connections[ops]}, for
 *     messages
 * @param site the site the connection's own settings name, e.g. {@code acme.atlassian.net}, if any
 * @param siteInUse the site its calls go to without a consent's choice: its own or the inherited default's
 * @param cloudId the configured cloud id, if any
 * @param scopes the scopes to ask for, without {@code offline_access} (always added)
 * @param allowedHosts the hosts besides Atlassian's that may receive the client secret (an emulator), if any
 * @param credentials whether the credentials its auth needs are all set (e-mail and API token; client id and secret)
 */
record ConnectionProfile(String name, String configKey, String auth, Optional<String> site,
        Optional<String> siteInUse, Optional<String> cloudId,
        Optional<String> clientId, Optional<String> clientSecret, List<String> scopes,
        String authorizationUrl, String tokenUrl, String apiUrl, Optional<String> allowedHosts,
        boolean credentials) {

    static final String OAUTH2 = "oauth2";

    boolean connectsByConsent() {
        return OAUTH2.equals(auth);
    }

    @Override
    public String toString() {
        return "ConnectionProfile[" + name + ", auth=" + auth + ", site=" + site.orElse("-") + "]";
    }
}
