package io.github.jiracloud.camel.support;

import io.github.jiracloud.emulator.JiraEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;

/**
 * What the action tests share: one emulator per test class, which the class starts in its own {@code @BeforeAll}
 * (each seeds it differently) and this closes, and a fresh Camel context per test. The classes run one after the
 * other, as Surefire runs them here, so they can share the static field.
 */
public abstract class EmulatorTestBase {

    protected static JiraEmulator emulator;
    protected JiraTestContext context;

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    /** A new context for this test, and the endpoint options for this way of connecting to the emulator. */
    protected String options(Connections connection) {
        context = new JiraTestContext(emulator);
        return connection.options(context, emulator);
    }
}
