package io.github.jiracloud.camel.support;

import java.util.EnumSet;

import io.github.jiracloud.camel.JiraOperation;
import io.github.jiracloud.camel.auth.InMemoryTokenStore;
import io.github.jiracloud.camel.scope.ScopeCatalogue;
import io.github.jiracloud.emulator.JiraEmulator;

/** The two ways a test connects to the emulator; every action test runs with both. */
public enum Connections {
    BASIC, OAUTH2;

    /**
     * What an app that uses every action asks for: the recommended scopes of all of them (classic, and the Agile
     * actions' granular ones), from the component's scope table, and offline_access for the refresh token.
     */
    public static final String SCOPES = String.join(" ",
            ScopeCatalogue.bundled().recommended(EnumSet.allOf(JiraOperation.class)))
            + " offline_access";

    /** The endpoint options for this way of connecting, registering what it needs in the context. */
    public String options(JiraTestContext context, JiraEmulator emulator) {
        if (this == BASIC) {
            return context.basic();
        }
        context.camel().getRegistry().bind("tokens", new InMemoryTokenStore());
        return context.oauth2(emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES), "tokens");
    }
}
