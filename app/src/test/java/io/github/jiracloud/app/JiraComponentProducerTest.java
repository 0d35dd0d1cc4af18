package io.github.jiracloud.app;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.github.jiracloud.app.tokens.OAuthAccessTokens;
import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraComponentConfigurer;
import io.github.jiracloud.camel.auth.InMemoryTokenStore;
import io.github.jiracloud.camel.auth.RefreshTokenProvider;
import io.github.jiracloud.camel.auth.TokenEvents;
import io.github.jiracloud.camel.auth.TokenStore;
import io.github.jiracloud.camel.connection.JiraConnection;
import io.github.jiracloud.emulator.JiraEmulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the bundle's jira component points, by profile and configuration. */
class JiraComponentProducerTest {

    private static final String COMPONENT = "camel.component.jira.";
    private static final String SITE = COMPONENT + "site";

    private final TokenStore tokens = new InMemoryTokenStore();

    @Test
    void withoutASiteAndWithoutTheEmulatorTheStartFailsNamingWhatToSet() {
        Map<String, String> properties = Map.of("jira.emulator.enabled", "false");

        assertThatThrownBy(() -> produce(properties, new EmbeddedEmulator()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JIRA_SITE").hasMessageContaining("JIRA_API_TOKEN");
    }

    @Test
    void aConfiguredSiteIsUsedAndTheEmulatorStaysOff() {
        EmbeddedEmulator embedded = new EmbeddedEmulator();
        JiraComponent jira = produce(Map.of(SITE, "acme.atlassian.net", "camel.component.jira.email", "ops@acme.test",
                "camel.component.jira.api-token", "token-for-test"), embedded);

        assertThat(jira.getConnectionOptions().getSite()).isEqualTo("acme.atlassian.net");
        assertThat(jira.getConnectionOptions().getEmail()).isEqualTo("ops@acme.test");
        assertThat(jira.getConnectionOptions().getTokenStore()).isSameAs(tokens);
        assertThat(embedded.emulator()).isNull();
    }

    @Test
    void namedConnectionsComeFromTheirSettings() {
        Map<String, String> properties = new HashMap<>(Map.of(SITE, "acme.atlassian.net"));
        properties.putAll(Map.of(
                "camel.component.jira.connections[partner].site", "partner.atlassian.net",
                "camel.component.jira.connections[partner].email", "bot@partner.test",
                "camel.component.jira.connections[partner].api-token", "partner-token",
                "camel.component.jira.connections[service].auth", "oauth2-client-credentials",
                "camel.component.jira.connections[service].client-id", "app-id",
                "camel.component.jira.connections[service].client-secret", "app-secret",
                "camel.component.jira.connections[service].cloud-id", "c0ffee",
                "camel.component.jira.connections[service].scopes", "read:jira-work"));

        JiraComponent jira = produce(properties, new EmbeddedEmulator());

        assertThat(jira.getConnections()).containsOnlyKeys("partner", "service");
        JiraConnection partner = jira.getConnections().get("partner");
        assertThat(partner.getSite()).isEqualTo("partner.atlassian.net");
        assertThat(partner.getApiToken()).isEqualTo("partner-token");
        assertThat(partner.getTokenStore()).isSameAs(tokens);
        JiraConnection service = jira.getConnections().get("service");
        assertThat(service.getAuth()).isEqualTo("oauth2-client-credentials");
        assertThat(service.getCloudId()).isEqualTo("c0ffee");
        assertThat(service.getScopes()).isEqualTo("read:jira-work");
        assertThat(service.over(jira.getConnectionOptions()).getTokenUrl()).as("Atlassian's, from the component")
                .isEqualTo("https://auth.atlassian.com/oauth/token");
    }

    @Test
    void theRemoteEmulatorsDefaultCredentialsAreTheEmulatorsDemoOnes() {
        JiraSettings.Emulator defaults = settings(Map.of()).emulator();

        assertThat(defaults.email()).isEqualTo(JiraEmulator.DEMO_EMAIL);
        assertThat(defaults.apiToken()).isEqualTo(JiraEmulator.DEMO_API_TOKEN);
        assertThat(defaults.clientId()).isEqualTo(JiraEmulator.DEMO_CLIENT_ID);
        assertThat(defaults.clientSecret()).isEqualTo(JiraEmulator.DEMO_CLIENT_SECRET);
    }

    @Test
    void withoutASiteAndWithoutAnEmulatorUrlTheStartFailsNamingBoth() {
        assertThatThrownBy(() -> produce(Map.of(), new RemoteEmulator()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JIRA_SITE").hasMessageContaining("JIRA_EMULATOR_URL");
    }

    @Test
    void anEmulatorRunningElsewhereStandsInForTheSite() {
        try (JiraEmulator elsewhere = JiraEmulator.builder().port(0).build().start()) {
            JiraComponent jira = produce(Map.of("jira.emulator.url", elsewhere.baseUrl() + "/",
                    "camel.component.jira.connections[service].auth", "oauth2-client-credentials"),
                    new RemoteEmulator());

            assertThat(jira.getConnectionOptions().getSite()).isEqualTo(elsewhere.baseUrl());
            assertThat(jira.getConnectionOptions().getApiToken()).isEqualTo(JiraEmulator.DEMO_API_TOKEN);
            assertThat(jira.getConnections().get("service").getCloudId()).as("read from its tenant_info")
                    .isEqualTo(elsewhere.cloudId());
        }
    }

    @Test
    void anOAuthConnectionWithoutItsClientSecretIsRefusedAtStartNamingTheSetting() {
        Map<String, String> properties = Map.of(SITE, "acme.atlassian.net", "camel.component.jira.auth", "oauth2",
                "camel.component.jira.client-id", "app-id", "camel.component.jira.refresh-token",
                "first-refresh-token");

        assertThatThrownBy(() -> produce(properties, new EmbeddedEmulator()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("camel.component.jira.client-secret is required")
                .hasMessageNotContaining("first-refresh-token");
    }

    @Test
    void withTheEmulatorAConnectionWithoutASiteGoesToTheEmulator() {
        EmbeddedEmulator embedded = new EmbeddedEmulator();
        try {
            JiraComponent jira = produce(Map.of("camel.component.jira.connections[team].auth", "oauth2",
                    "camel.component.jira.connections[team].scopes", "read:jira-work"), embedded);

            JiraConnection team = jira.getConnections().get("team");
            String base = embedded.emulator().baseUrl();
            assertThat(team.getAuthorizationUrl()).isEqualTo(base + "/authorize");
            assertThat(team.getTokenUrl()).isEqualTo(base + "/oauth/token");
            assertThat(team.getApiUrl()).isEqualTo(base);
            assertThat(team.getClientId()).isEqualTo(JiraEmulator.DEMO_CLIENT_ID);
            assertThat(team.getAccessTokenProvider()).as("tokens from the OIDC client, rotations saved to the store")
                    .isInstanceOf(RefreshTokenProvider.class).hasToString(
                            "RefreshTokenProvider[connection=team, store=" + tokens + "]");
        } finally {
            embedded.stop();
        }
    }

    /**
     * The component as the app gets it: Camel binds the {@code camel.component.jira.*} properties as Camel Main does
     * (dashed names, {@code connections[name].x}), then {@link BoundConnections} completes them.
     */
    private JiraComponent produce(Map<String, String> properties, JiraStandIn standIn) {
        JiraSettings settings = settings(properties);
        JiraComponent component = new JiraComponentProducer().jiraComponent(new JiraMetrics(new SimpleMeterRegistry(),
                Clock.systemUTC()), TokenEvents.NONE);
        CamelContext camel = new DefaultCamelContext();
        Map<String, Object> options = new HashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(COMPONENT)) {
                options.put(StringHelper.dashToCamelCase(key.substring(COMPONENT.length())), value);
            }
        });
        PropertyBindingSupport.build().withCamelContext(camel).withTarget(component).withProperties(options)
                .withConfigurer(new JiraComponentConfigurer()).withMandatory(true).withIgnoreCase(true)
                .withFlattenProperties(true).bind();
        camel.stop();
        // No OIDC clients here: they are created on the first refresh, which these tests never make.
        new BoundConnections(settings, standIn, tokens, new OAuthAccessTokens(null, tokens, settings, TokenEvents.NONE))
                .complete(component);
        return component;
    }

    private static JiraSettings settings(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(JiraSettings.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build()
                .getConfigMapping(JiraSettings.class);
    }
}
