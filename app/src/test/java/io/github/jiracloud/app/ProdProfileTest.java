package io.github.jiracloud.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.github.jiracloud.app.flows.TriageSettings;
import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.auth.FileTokenStore;
import io.github.jiracloud.camel.auth.TokenStore;
import io.github.jiracloud.emulator.JiraEmulator;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The app as it runs in the prod profile: application.properties resolved with {@code %prod}, and from outside only
 * what a deployment provides (the site and its credentials, where tokens are kept, the Kubernetes API, one flow
 * switched on, its callers' credentials). A test resource stands in for those: an emulator as the Jira site and
 * fabric8's mock server as the
 * Kubernetes API. The start-up without a site is {@code PackagedAppIT}'s (the packaged app, whose default profile is
 * prod). Not told apart here: prod's default cluster.service (kubernetes) from the tests' decoy CLUSTER_SERVICE, which
 * is the same (app/pom.xml exports it to every test).
 */
@QuarkusTest
@TestProfile(ProdProfileTest.Prod.class)
class ProdProfileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAMESPACE = "jira";
    private static final String ALERT_TOKEN = "S3CR3T-prod-alert-token";
    private static final String ADMIN = "admin:S3CR3T-prod-admin";
    /** Left off by the deployment: they stay off. */
    private static final List<String> FLOWS_LEFT_OFF = List.of("demo-issue-lifecycle", "bug-triage", "sprint-report",
            "cross-project-mirror", "release-cleanup");

    /** The prod profile, as {@code java -jar} runs it. */
    public static class Prod implements QuarkusTestProfile {

        @Override
        public String getConfigProfile() {
            return "prod";
        }

        /** Where the test reaches the app: free ports (prod's own are fixed). */
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.test-port", "0", "quarkus.management.test-port", "0");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Deployment.class));
        }
    }

    /** What a deployment gives the app: a site with credentials, a token directory, a Kubernetes API. */
    public static class Deployment implements QuarkusTestResourceLifecycleManager {

        private JiraEmulator site;
        private KubernetesMockServer kubernetes;

        @Override
        public Map<String, String> start() {
            site = JiraEmulator.builder().port(0).build().start();
            kubernetes = kubernetesApi();
            addThisPod(kubernetes);
            String api = kubernetes.url("/");
            // The poll-state ConfigMap's client configures itself, as in a pod: point it at the mock server too.
            System.setProperty("kubernetes.master", api);
            System.setProperty("kubernetes.auth.tryKubeConfig", "false");
            System.setProperty("kubernetes.namespace", NAMESPACE);
            Map<String, String> environment = new HashMap<>();
            environment.put("camel.component.jira.site", site.baseUrl());
            environment.put("camel.component.jira.email", JiraEmulator.DEMO_EMAIL);
            environment.put("camel.component.jira.api-token", JiraEmulator.DEMO_API_TOKEN);
            environment.put("camel.component.jira.allowed-hosts", "127.0.0.1");
            environment.put("jira.token-store.directory", temporaryDirectory("jira-prod-tokens").toString());
            environment.put("cluster.kubernetes.master-url", api);
            environment.put("cluster.kubernetes.namespace", NAMESPACE);
            // The one flow the operator switched on, and the credentials of callers, as their variables give them.
            environment.put("SLA_ENABLED", "true");
            environment.put("ALERTS_BEARER_TOKENS", ALERT_TOKEN);
            environment.put("JIRA_ADMIN_CREDENTIALS", ADMIN);
            return environment;
        }

        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(site, new TestInjector.MatchesType(JiraEmulator.class));
            injector.injectIntoFields(kubernetes, new TestInjector.MatchesType(KubernetesMockServer.class));
        }

        @Override
        public void stop() {
            System.clearProperty("kubernetes.master");
            System.clearProperty("kubernetes.auth.tryKubeConfig");
            System.clearProperty("kubernetes.namespace");
            site.close();
            kubernetes.destroy();
        }

        private static Path temporaryDirectory(String prefix) {
            try {
                return Files.createTempDirectory(prefix);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** fabric8's mock of the Kubernetes API, keeping what it is sent. */
    private static KubernetesMockServer kubernetesApi() {
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        server.init();
        return server;
    }

    /**
     * The app's pod, running and ready, as the Deployment labels it: the candidates for leadership are these pods.
     * Its name is what Camel's cluster service takes for this process: HOSTNAME, else the host's name.
     */
    private static void addThisPod(KubernetesMockServer server) {
        try (NamespacedKubernetesClient api = server.createClient()) {
            api.pods().inNamespace(NAMESPACE).resource(new PodBuilder().withNewMetadata().withName(podName())
                    .withNamespace(NAMESPACE).addToLabels("app.kubernetes.io/name", "jira-route-bundle").endMetadata()
                    .withNewStatus().withPhase("Running").addNewCondition().withType("Ready").withStatus("True")
                    .endCondition().endStatus().build()).create();
        }
    }

    private static String podName() {
        String hostname = System.getenv("HOSTNAME");
        if (hostname != null && !hostname.isBlank()) {
            return hostname;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The site the deployment names (set by {@link Deployment}). */
    JiraEmulator site;

    /** The Kubernetes API the deployment runs in (set by {@link Deployment}). */
    KubernetesMockServer kubernetes;

    @Inject
    CamelContext camel;

    @Inject
    JiraSettings settings;

    @Inject
    TriageSettings triage;

    @Inject
    @Named("jira")
    JiraComponent jira;

    @Inject
    EmbeddedEmulator standIn;

    @Inject
    TokenStore tokens;

    @Inject
    @Named("clusterService")
    CamelClusterService clusterService;

    @TestHTTPResource("/")
    URI app;

    @Test
    void theFlowsThatWriteOnTheirOwnRunOnlyWhenSwitchedOnAndTheCalledOnesRun() {
        for (String flow : FLOWS_LEFT_OFF) {
            assertThat(camel.getRouteController().getRouteStatus(flow)).as(flow).isEqualTo(ServiceStatus.Stopped);
        }
        assertThat(camel.getRouteController().getRouteStatus("sla-escalation")).as("switched on by SLA_ENABLED")
                .isEqualTo(ServiceStatus.Started);
        assertThat(camel.getRouteController().getRouteStatus("incident-intake")).isEqualTo(ServiceStatus.Started);
        assertThat(camel.getRouteController().getRouteStatus("dead-letter")).isEqualTo(ServiceStatus.Started);
    }

    @Test
    void theConfiguredSiteServesAndNoEmulatorStandsIn() throws Exception {
        assertThat(settings.emulator().enabled()).as("jira.emulator.enabled in prod").isFalse();
        assertThat(standIn.emulator()).as("never asked to start").isNull();
        assertThat(jira.getConnectionOptions().getSite()).isEqualTo(site.baseUrl());

        HttpResponse<String> alert = send(HttpRequest.newBuilder(app.resolve("/alerts"))
                .header("Authorization", "Bearer " + ALERT_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Disk full\", \"text\": \"db-1\", "
                        + "\"severity\": \"critical\", \"fingerprint\": \"prod-profile\"}")));

        assertThat(alert.statusCode()).as(alert.body()).isEqualTo(201);
        String key = JSON.readTree(alert.body()).path("key").asText();
        assertThat(site.data().issue(key)).as("the issue is on the configured site").isPresent();
    }

    @Test
    void theConnectionPagesAreOffEvenForTheAdministrator() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(app.resolve("/jira/connections")).header(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8))));

        assertThat(page.statusCode()).isEqualTo(404);
    }

    @Test
    void tokensGoToFilesAndTheReplicasShareLeasesAndPollPositionsThroughKubernetes() {
        assertThat(ClientProxy.unwrap(tokens)).isInstanceOf(FileTokenStore.class).asString()
                .as("in the directory the deployment gave").contains("jira-prod-tokens");
        assertThat(clusterService).isInstanceOf(KubernetesClusterService.class);
        assertThat(jira.getConfiguration().getStateRepository()).as("the pollers' shared positions")
                .isSameAs(camel.getRegistry().lookupByName("jiraPollState"));
    }

    @Test
    void theFlowSwitchedOnRunsOnTheHolderOfItsLease() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(leaseHolder("sla-escalation"))
                .as("the Lease of sla-escalation").isEqualTo(podName()));
        assertThat(leaseHolder("bug-triage")).as("a flow left off takes no Lease").isNull();
    }

    @Test
    void theTestAndDevTriageRulesDoNotApply() {
        assertThat(triage.defaultAssignee()).isEmpty();
        assertThat(triage.componentOwners()).isEmpty();
    }

    private String leaseHolder(String flow) {
        try (NamespacedKubernetesClient api = kubernetes.createClient()) {
            Lease lease = api.leases().inNamespace(NAMESPACE).withName("jira-route-bundle-" + flow).get();
            return lease == null ? null : lease.getSpec().getHolderIdentity();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
