package io.github.jiracloud.app.flows;

import java.util.Map;

import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import io.quarkus.test.junit.QuarkusTestProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundle with its default connection as an OAuth 2.0 app (the emulator's demo app as a service account, client
 * credentials): the flows call the emulator's gateway with a token for the documented default {@code jira.scopes}
 * (application.properties, not overridden here), and the emulator checks every call's scopes as Jira does, for 3LO and
 * client-credentials tokens alike. Each flow's test runs again under this profile ({@code *OAuthTest}).
 */
public class OAuthFlows implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("jira.emulator.auth", "oauth2-client-credentials");
    }

    /** The flows called Jira with Bearer tokens through the gateway, and no call was refused for its scopes. */
    public static void assertCalledAsTheOAuthApp(JiraEmulator emulator) {
        assertThat(emulator.requests()).as("calls through the OAuth gateway")
                .anyMatch(request -> request.path().startsWith("/ex/jira/")
                        && request.header("authorization").orElse("").equals("Bearer"));
        assertThat(emulator.requests()).as("calls refused (a missing scope is 401)")
                .filteredOn(request -> request.status() == 401).extracting(RecordedRequest::path).isEmpty();
    }
}
