package io.github.jiracloud.camel.connection;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.auth.InMemoryTokenStore;
import io.github.jiracloud.camel.auth.StoredToken;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import io.github.jiracloud.emulator.SettableClock;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Several Jira connections side by side, each picked by name with {@code connection=<name>}. */
class NamedConnectionsTest {

    private static final String SCOPES = "read:jira-work write:jira-work";

    private static JiraEmulator europe;
    private static JiraEmulator america;

    @BeforeAll
    static void startSites() {
        europe = JiraEmulator.builder().port(0).siteName("europe").build().start();
        america = JiraEmulator.builder().port(0).siteName("america").additionalSite("canada").build().start();
        america.addBasicUser("ops-bot@example.com", "bot-api-token", "Ops bot");
    }

    @AfterAll
    static void stopSites() {
        europe.close();
        america.close();
    }

    @BeforeEach
    void clearRequests() {
        europe.clearRequests();
        america.clearRequests();
    }

    @Test
    void oneRouteWritesToTwoSitesThroughTheirConnections() throws Exception {
        JiraComponent jira = new JiraComponent()
                .addConnection("europe", basic(europe, JiraEmulator.DEMO_EMAIL, JiraEmulator.DEMO_API_TOKEN))
                .addConnection("america", basic(america, "ops-bot@example.com", "bot-api-token"));
        try (CamelContext camel = camelWith(jira)) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:mirror")
                            .to("jira:issue/create?connection=europe&project=OPS&issueType=Task")
                            .setBody(simple("{\"fields\":{\"summary\":\"Mirror of ${body[key]}\"}}"))
                            .to("jira:issue/create?connection=america&project=DEV&issueType=Task");
                }
            });
            camel.start();
            int europeBefore = europe.data().issueCount();
            int americaBefore = america.data().issueCount();

            Map<?, ?> mirror = camel.createProducerTemplate()
                    .requestBody("direct:mirror", Map.of("fields", Map.of("summary", "Backup failed")), Map.class);

            assertThat(europe.data().issueCount()).isEqualTo(europeBefore + 1);
            assertThat(america.data().issueCount()).isEqualTo(americaBefore + 1);
            assertThat(mirror.get("key").toString()).startsWith("DEV-");
            assertThat(america.requests()).extracting(RecordedRequest::path).contains("/rest/api/3/issue");
            assertThat(europe.validationErrors()).isEmpty();
            assertThat(america.validationErrors()).isEmpty();
        }
    }

    @Test
    void aConnectionBeanInTheRegistryServesByItsName() throws Exception {
        try (CamelContext camel = camelWith(new JiraComponent())) {
            camel.getRegistry().bind("tracker", basic(america, "ops-bot@example.com", "bot-api-token"));
            camel.start();

            Map<?, ?> issue = camel.createProducerTemplate()
                    .requestBody("jira:issue/get?connection=tracker&issueKey=DEV-1", null, Map.class);

            assertThat(issue.get("key")).isEqualTo("DEV-1");
            assertThat(america.requests()).hasSize(1);
            assertThat(europe.requests()).isEmpty();
        }
    }

    @Test
    void endpointOptionsOverrideTheConnectionsSettings() throws Exception {
        JiraComponent jira = new JiraComponent()
                .addConnection("europe", basic(europe, "nobody@example.com", "wrong-token"));
        try (CamelContext camel = camelWith(jira)) {
            camel.start();

            Map<?, ?> issue = camel.createProducerTemplate()
                    .requestBody("jira:issue/get?connection=europe&issueKey=OPS-1"
                            + "&email=" + JiraEmulator.DEMO_EMAIL + "&apiToken=RAW(" + JiraEmulator.DEMO_API_TOKEN
                            + ")",
                            null, Map.class);

            assertThat(issue.get("key")).isEqualTo("OPS-1");
        }
    }

    @Test
    void anUnknownConnectionFailsAtRouteStartAndNamesTheKnownOnes() throws Exception {
        JiraComponent jira = new JiraComponent()
                .addConnection("europe", basic(europe, JiraEmulator.DEMO_EMAIL, JiraEmulator.DEMO_API_TOKEN));
        try (CamelContext camel = camelWith(jira)) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:typo").to("jira:issue/get?connection=eruope&issueKey=OPS-1");
                }
            });

            assertThatThrownBy(camel::start)
                    .rootCause()
                    .hasMessageContaining("no Jira connection named 'eruope'")
                    .hasMessageContaining("pick one of: default, europe");
        }
    }

    @Test
    void camelMainBindsNamedConnectionsFromProperties() throws Exception {
        Main main = new Main();
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("jira:issue/get?connection=america");
            }
        });
        main.addInitialProperty("camel.component.jira.connections[america].site", america.baseUrl());
        main.addInitialProperty("camel.component.jira.connections[america].email", "ops-bot@example.com");
        main.addInitialProperty("camel.component.jira.connections[america].api-token", "bot-api-token");
        main.addInitialProperty("camel.component.jira.connections[america].allowed-hosts", "127.0.0.1");
        main.start();
        try {
            Map<?, ?> issue = main.getCamelContext().createProducerTemplate()
                    .requestBodyAndHeader("direct:get", null, "CamelJiraIssueKey", "DEV-2", Map.class);

            assertThat(issue.get("key")).isEqualTo("DEV-2");
            assertThat(america.requests()).hasSize(1);
        } finally {
            main.stop();
        }
    }

    @Test
    void anOAuthConnectionCallsTheSiteItWasBoundToAtConsent() throws Exception {
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        String refreshToken = america.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES + " offline_access");
        tokens.save("america", new StoredToken(refreshToken, SCOPES, Instant.now(), america.cloudId()));
        JiraConnection connection = oauthApp(america);
        connection.setTokenStore(tokens);
        try (CamelContext camel = camelWith(new JiraComponent().addConnection("america", connection))) {
            camel.start();

            Map<?, ?> issue = camel.createProducerTemplate()
                    .requestBody("jira:issue/get?connection=america&issueKey=DEV-1", null, Map.class);

            assertThat(issue.get("key")).isEqualTo("DEV-1");
            assertThat(america.requests()).extracting(RecordedRequest::path)
                    .containsExactly("/oauth/token", "/ex/jira/" + america.cloudId() + "/rest/api/3/issue/DEV-1");
            StoredToken rotated = tokens.load("america").orElseThrow();
            assertThat(rotated.refreshToken()).isNotEqualTo(refreshToken);
            assertThat(rotated.cloudId()).as("the binding survives the rotation").isEqualTo(america.cloudId());
        }
    }

    @Test
    void reconnectingToAnotherSiteTakesEffectWithoutARestart() throws Exception {
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        String refreshToken = america.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES + " offline_access");
        tokens.save("america", new StoredToken(refreshToken, SCOPES, Instant.now(), america.cloudId()));
        JiraConnection connection = oauthApp(america);
        connection.setTokenStore(tokens);
        SettableClock clock = new SettableClock();
        JiraComponent jira = new JiraComponent().addConnection("america", connection);
        jira.setClock(clock);
        try (CamelContext camel = camelWith(jira)) {
            camel.start();
            String uri = "jira:issue/get?connection=america&issueKey=DEV-1";
            camel.createProducerTemplate().requestBody(uri, null, Map.class);

            // The user connects again and picks the other site of the consent: the store now binds it.
            StoredToken current = tokens.load("america").orElseThrow();
            tokens.save("america", new StoredToken(current.refreshToken(), current.scope(), current.obtainedAt(),
                    america.cloudId("canada")));
            clock.advance(Duration.ofSeconds(31));
            america.clearRequests();
            camel.createProducerTemplate().send(uri, exchange -> {
            });

            assertThat(america.requests()).extracting(RecordedRequest::path)
                    .contains("/ex/jira/" + america.cloudId("canada") + "/rest/api/3/issue/DEV-1");
        }
    }

    @Test
    void aServiceAccountAsksForTheConnectionsScopes() throws Exception {
        JiraConnection serviceAccount = oauthApp(america);
        serviceAccount.setAuth("oauth2-client-credentials");
        serviceAccount.setCloudId(america.cloudId());
        serviceAccount.setScopes("read:jira-work, write:jira-work");
        try (CamelContext camel = camelWith(new JiraComponent().addConnection("bot", serviceAccount))) {
            camel.start();

            Map<?, ?> issue = camel.createProducerTemplate()
                    .requestBody("jira:issue/get?connection=bot&issueKey=DEV-1", null, Map.class);

            assertThat(issue.get("key")).isEqualTo("DEV-1");
            RecordedRequest tokenRequest = america.requests().get(0);
            assertThat(tokenRequest.path()).isEqualTo("/oauth/token");
            assertThat(tokenRequest.body()).contains("\"grant_type\":\"client_credentials\"")
                    .contains("\"scope\":\"read:jira-work write:jira-work\"");
        }
    }

    @Test
    void aConnectionsToStringShowsNoCredentials() {
        JiraConnection connection = basic(europe, JiraEmulator.DEMO_EMAIL, "S3CR3T-apitoken-7f3a");
        connection.setClientSecret("S3CR3T-client-9b1c");

        assertThat(connection.toString()).doesNotContain("S3CR3T").contains(europe.baseUrl());
    }

    private static JiraConnection basic(JiraEmulator site, String email, String apiToken) {
        JiraConnection connection = new JiraConnection();
        connection.setSite(site.baseUrl());
        connection.setEmail(email);
        connection.setApiToken(apiToken);
        connection.setAllowedHosts("127.0.0.1");
        return connection;
    }

    private static JiraConnection oauthApp(JiraEmulator site) {
        JiraConnection connection = new JiraConnection();
        connection.setAuth("oauth2");
        connection.setClientId(JiraEmulator.DEMO_CLIENT_ID);
        connection.setClientSecret(JiraEmulator.DEMO_CLIENT_SECRET);
        connection.setApiUrl(site.baseUrl());
        connection.setTokenUrl(site.baseUrl() + "/oauth/token");
        connection.setAllowedHosts("127.0.0.1");
        return connection;
    }

    private static CamelContext camelWith(JiraComponent jira) {
        CamelContext camel = new DefaultCamelContext();
        camel.addComponent("jira", jira);
        return camel;
    }
}
