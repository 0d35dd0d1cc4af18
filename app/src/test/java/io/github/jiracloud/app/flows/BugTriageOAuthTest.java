package io.github.jiracloud.app.flows;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link BugTriageTest} with the default connection as an OAuth 2.0 app with the default scopes ({@link OAuthFlows}).
 */
@QuarkusTest
@TestProfile(OAuthFlows.class)
class BugTriageOAuthTest extends BugTriageTest {

    @AfterEach
    void calledAsTheOAuthApp() {
        OAuthFlows.assertCalledAsTheOAuthApp(embedded.emulator());
    }
}
