package io.github.jiracloud.app.ha;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.connection.JiraConnection;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two copies of the bundle against one Jira and one Kubernetes API (a fabric8 mock server in CRUD mode): the
 * {@code master:} poller runs only on the Lease holder, and when the holder stops the other takes over without
 * delivering any change twice or losing one, because both keep the poll position in one shared store.
 */
class LeaderElectionTest {

    private static final String NAMESPACE = "jira";
    private static final String FLOW = "bug-triage";

    private KubernetesMockServer kubernetes;
    private JiraEmulator emulator;
    /** What a shared store (a volume, a database) is to the pods: one poll position for both copies. */
    private final StateRepository<String, String> sharedPollState = new MemoryStateRepository();
    /** Every delivery: key@updated by replica. */
    private final List<String> deliveries = new CopyOnWriteArrayList<>();
    private final Map<String, CamelContext> replicas = new HashMap<>();
    private final Map<String, KubernetesClusterService> clusterServices = new HashMap<>();
    private CamelContext client;
    private ProducerTemplate jira;

    @BeforeEach
    void start() {
        kubernetes = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        kubernetes.init();
        emulator = JiraEmulator.builder().port(0).seedDemoData(false).build().start();
        client = new DefaultCamelContext();
        client.addComponent("jira", jiraComponent());
        client.start();
        jira = client.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        replicas.values().forEach(CamelContext::stop);
        client.stop();
        emulator.close();
        kubernetes.destroy();
    }

    @Test
    void onlyTheLeaderPollsAndTheOtherTakesOverWithoutDeliveringAnyChangeTwice() throws Exception {
        startReplica("pod-a");
        await("pod-a leads", () -> isLeader("pod-a"));
        startReplica("pod-b");
        assertThat(leaseHolder()).isEqualTo("pod-a");

        List<String> firstBatch = changeIssues(0, 12);
        awaitDelivered(firstBatch);
        assertThat(deliveredBy("pod-b")).as("the follower does not poll").isEmpty();
        assertThat(isLeader("pod-b")).isFalse();

        // Changes keep coming while the leader goes away: some land before its stop, some while nobody leads.
        Thread writer = new Thread(() -> changeIssues(12, 24));
        writer.start();
        await("some changes before the stop", () -> emulator.data().issueKeys("DEV").size() >= 15);
        replicas.remove("pod-a").stop();
        deletePod("pod-a");
        writer.join();
        await("pod-b takes over", () -> isLeader("pod-b"));
        assertThat(leaseHolder()).isEqualTo("pod-b");

        List<String> finalChanges = new ArrayList<>();
        for (String key : emulator.data().issueKeys("DEV")) {
            finalChanges.add(key + "@" + updatedOf(key));
        }
        awaitDelivered(finalChanges);
        long searches = searches();
        await("two more polls: a change it would deliver twice, it has", () -> searches() >= searches + 2);

        List<String> changes = deliveries.stream().map(d -> d.substring(0, d.lastIndexOf(" by "))).toList();
        assertThat(changes).as("no change delivered twice").doesNotHaveDuplicates();
        assertThat(changes).containsAll(finalChanges);
        assertThat(deliveredBy("pod-b")).as("the new leader picked up where the old one stopped").isNotEmpty();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    private void startReplica(String podName) throws Exception {
        // The candidates are the bundle's running pods, as the Deployment labels them.
        try (NamespacedKubernetesClient api = kubernetes.createClient()) {
            api.pods().inNamespace(NAMESPACE).resource(new PodBuilder().withNewMetadata().withName(podName)
                    .withNamespace(NAMESPACE).addToLabels("app.kubernetes.io/name", "jira-route-bundle").endMetadata()
                    .withNewStatus().withPhase("Running").addNewCondition().withType("Ready").withStatus("True")
                    .endCondition().endStatus().build()).create();
        }
        CamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName(podName);
        camel.addComponent("jira", jiraComponent());
        camel.getRegistry().bind("pollState", sharedPollState);
        KubernetesClusterService clusterService = ClusterServiceProducer.kubernetes(leases());
        // Both replicas run in this JVM: each needs its own identity (a pod's is its HOSTNAME).
        clusterService.setPodName(podName);
        camel.addService(clusterService);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:" + FLOW + ":jira:issue/poll?jql=project+%3D+DEV&delay=100&fields=summary"
                // since: the first leader starts its poller a moment after winning; nothing is missed
                        + "&since=2000-01-01&stateRepository=#pollState").routeId(FLOW)
                        .process(exchange -> deliveries.add(exchange.getMessage().getHeader(JiraConstants.ISSUE_KEY)
                                + "@" + updated(exchange) + " by " + podName));
            }
        });
        camel.start();
        replicas.put(podName, camel);
        clusterServices.put(podName, clusterService);
    }

    /** A stopped pod goes away, as in a roll-out. */
    private void deletePod(String podName) {
        try (NamespacedKubernetesClient api = kubernetes.createClient()) {
            api.pods().inNamespace(NAMESPACE).withName(podName).delete();
        }
    }

    /** The production settings with short leases, pointed at the mock API server. */
    private ClusterSettings.Kubernetes leases() {
        String url = kubernetes.url("/");
        return new ClusterSettings.Kubernetes() {
            public Optional<String> masterUrl() {
                return Optional.of(url);
            }

            public Optional<String> namespace() {
                return Optional.of(NAMESPACE);
            }

            public String appLabel() {
                return "jira-route-bundle";
            }

            public String leasePrefix() {
                return "jira-route-bundle";
            }

            public long leaseDuration() {
                return 2000;
            }

            public long renewDeadline() {
                return 1500;
            }

            public long retryPeriod() {
                return 200;
            }
        };
    }

    private JiraComponent jiraComponent() {
        JiraComponent component = new JiraComponent();
        JiraConnection config = component.getConnectionOptions();
        config.setSite(emulator.baseUrl());
        config.setEmail(JiraEmulator.DEMO_EMAIL);
        config.setApiToken(JiraEmulator.DEMO_API_TOKEN);
        config.setAllowedHosts("127.0.0.1");
        return component;
    }

    private boolean isLeader(String podName) {
        try {
            return clusterServices.get(podName).getView(FLOW).getLocalMember().isLeader();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String leaseHolder() {
        try (NamespacedKubernetesClient api = kubernetes.createClient()) {
            Lease lease = api.leases().inNamespace(NAMESPACE).withName("jira-route-bundle-" + FLOW).get();
            return lease == null ? null : lease.getSpec().getHolderIdentity();
        }
    }

    /** Creates issues {@code from} to {@code to}, updating every third again; returns each final change. */
    private List<String> changeIssues(int from, int to) {
        List<String> changes = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String key = emulator.data().createIssue(Map.of("project", Map.of("key", "DEV"), "issuetype",
                    Map.of("name", "Task"), "summary", "Change " + i));
            if (i % 3 == 0) {
                Exchange result = jira.send("jira:api/call?httpMethod=PUT&path=/rest/api/3/issue/" + key,
                        exchange -> exchange.getMessage().setBody(Map.of("fields", Map.of("summary", "Again " + key))));
                assertThat(result.getException()).isNull();
            }
            changes.add(key + "@" + updatedOf(key));
            pause(40);
        }
        return changes;
    }

    private long searches() {
        return emulator.requests().stream().filter(request -> request.path().endsWith("/search/jql")).count();
    }

    private List<String> deliveredBy(String podName) {
        return deliveries.stream().filter(d -> d.endsWith(" by " + podName)).toList();
    }

    private String updatedOf(String key) {
        Map<?, ?> issue = emulator.data().issue(key).orElseThrow();
        return String.valueOf(((Map<?, ?>) issue.get("fields")).get("updated"));
    }

    private static String updated(Exchange exchange) {
        return String.valueOf(((Map<?, ?>) exchange.getMessage().getBody(Map.class).get("fields")).get("updated"));
    }

    private void awaitDelivered(List<String> expected) {
        await("delivered " + expected, () -> deliveries.stream()
                .map(d -> d.substring(0, d.lastIndexOf(" by "))).toList().containsAll(expected));
    }

    private static void await(String what, BooleanSupplier condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(30)).until(condition::getAsBoolean);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
