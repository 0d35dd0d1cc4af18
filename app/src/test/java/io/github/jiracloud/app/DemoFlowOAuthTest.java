package io.github.jiracloud.app;

import io.github.jiracloud.app.flows.OAuthFlows;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link DemoFlowTest} with the default connection as an OAuth 2.0 app with the default scopes ({@link OAuthFlows}).
 */
@QuarkusTest
@TestProfile(OAuthFlows.class)
class DemoFlowOAuthTest extends DemoFlowTest {

    @AfterEach
    void calledAsTheOAuthApp() {
        OAuthFlows.assertCalledAsTheOAuthApp(embedded.emulator());
    }
}
