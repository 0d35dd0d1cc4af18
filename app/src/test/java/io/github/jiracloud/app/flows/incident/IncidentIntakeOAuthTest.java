package io.github.jiracloud.app.flows.incident;

import java.util.HashMap;
import java.util.Map;

import io.github.jiracloud.app.flows.OAuthFlows;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link IncidentIntakeTest} with the default connection as an OAuth 2.0 app with the default scopes
 * ({@link OAuthFlows}).
 */
@QuarkusTest
@TestProfile(IncidentIntakeOAuthTest.OAuthIncidents.class)
class IncidentIntakeOAuthTest extends IncidentIntakeTest {

    /** The incident tests' application, connected as {@link OAuthFlows} connects it. */
    public static class OAuthIncidents extends IncidentTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.putAll(new OAuthFlows().getConfigOverrides());
            return overrides;
        }
    }

    @AfterEach
    void calledAsTheOAuthApp() {
        OAuthFlows.assertCalledAsTheOAuthApp(embedded.emulator());
    }
}
