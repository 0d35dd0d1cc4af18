package io.github.jiracloud.camel.support;

import io.github.jiracloud.camel.auth.InMemoryTokenStore;
import io.github.jiracloud.emulator.JiraEmulator;

/** The two ways a test connects to the emulator; every action test runs with both. */
public enum Connections {
    BASIC, OAUTH2;

    static final String SCOPES = "read:jira-work write:jira-work read:jira-user offline_access";

    /** The endpoint options for this way of connecting, registering what it needs in the context. */
    public String options(JiraTestContext context, JiraEmulator emulator) {
        if (this == BASIC) {
            return context.basic();
        }
        context.camel().getRegistry().bind("tokens", new InMemoryTokenStore());
        return context.oauth2(emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES), "tokens");
    }
}
