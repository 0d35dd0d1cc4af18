package io.github.jiracloud.app.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import io.quarkus.test.junit.QuarkusTestProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundle with its default connection as an OAuth 2.0 app (the emulator's demo app as a service account, client
 * credentials): the flows call the emulator's gateway with a token for the documented default
 * {@code camel.component.jira.scopes}
 * (application.properties, not overridden here), and the emulator checks every call's scopes as Jira does, for 3LO and
 * client-credentials tokens alike. Each flow's test runs again under this profile ({@code *OAuthTest}).
 */
public class OAuthFlows implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("jira.emulator.auth", "oauth2-client-credentials");
    }

    /**
     * The flows called Jira with Bearer tokens through the gateway, and no call was refused for its scopes: a 401 for
     * an expired token (tests move the clock) is followed by the same call again with a renewed token, a 401 for
     * missing scopes never is (the component renews nothing and fails).
     */
    public static void assertCalledAsTheOAuthApp(JiraEmulator emulator) {
        List<RecordedRequest> requests = emulator.requests();
        assertThat(requests).as("calls through the OAuth gateway")
                .anyMatch(request -> request.path().startsWith("/ex/jira/")
                        && request.header("authorization").orElse("").equals("Bearer"));
        List<String> refusedForGood = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            RecordedRequest refused = requests.get(i);
            if (refused.status() == 401 && requests.subList(i + 1, requests.size()).stream()
                    .noneMatch(later -> later.method().equals(refused.method())
                            && later.path().equals(refused.path()) && later.status() != 401)) {
                refusedForGood.add(refused.method() + " " + refused.path());
            }
        }
        assertThat(refusedForGood).as("calls refused with 401 and not made again (missing scopes)").isEmpty();
    }
}
