package io.github.jiracloud.app.flows;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link ReleaseCleanupTest} with the default connection as an OAuth 2.0 app with the default scopes
 * ({@link OAuthFlows}): the emulator refuses a bulk call the scopes do not cover, as Jira does.
 */
@QuarkusTest
@TestProfile(OAuthFlows.class)
class ReleaseCleanupOAuthTest extends ReleaseCleanupTest {

    @AfterEach
    void calledAsTheOAuthApp() {
        OAuthFlows.assertCalledAsTheOAuthApp(embedded.emulator());
    }
}
