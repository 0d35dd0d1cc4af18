package io.github.jiracloud.app.support;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Keeps the app's tests on the emulator whatever the developer's shell exports. The README has them export
 * {@code JIRA_SITE}, {@code JIRA_EMAIL}, {@code JIRA_API_TOKEN} and the OAuth variables, and an environment variable
 * (ordinal 300) beats any {@code %test.} line of application.properties (ordinal 250), so a {@code %test} override
 * there could not stop them: this source, on the test classpath only, sits above the environment and below system
 * properties and test profiles. An empty value unsets a setting. {@code TestProfileIsolationTest} proves it with the
 * variables set (app/pom.xml exports decoys to every test).
 */
public class EmulatorOnlyConfigSource implements ConfigSource {

    /** Above the environment (300), below system properties (400). */
    static final int ORDINAL = 350;

    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("camel.component.jira.site", ""),
            Map.entry("camel.component.jira.auth", "basic"),
            Map.entry("camel.component.jira.email", ""),
            Map.entry("camel.component.jira.api-token", ""),
            Map.entry("camel.component.jira.client-id", ""),
            Map.entry("camel.component.jira.client-secret", ""),
            Map.entry("camel.component.jira.refresh-token", ""),
            Map.entry("camel.component.jira.cloud-id", ""),
            Map.entry("camel.component.jira.allowed-hosts", ""),
            Map.entry("camel.component.jira.state-directory", ""),
            Map.entry("jira.token-store.directory", ""),
            Map.entry("jira.emulator.url", ""),
            Map.entry("cluster.kubernetes.master-url", ""),
            // In the test profile only: a test of the prod profile (ProdProfileTest) must see what prod resolves.
            Map.entry("%test.jira.token-store.type", "memory"),
            Map.entry("%test.jira.emulator.enabled", "true"),
            Map.entry("%test.cluster.service", "file"));

    @Override
    public Map<String, String> getProperties() {
        return VALUES;
    }

    @Override
    public Set<String> getPropertyNames() {
        return VALUES.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return VALUES.get(propertyName);
    }

    @Override
    public String getName() {
        return "emulator-only (tests)";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
