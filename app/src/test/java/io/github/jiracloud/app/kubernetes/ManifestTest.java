package io.github.jiracloud.app.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written manifests in kubernetes/ agree with what the app really uses: the generated ConfigMaps hold
 * application.properties and every flow, the Secret's keys are variables application.properties reads, the Service
 * exposes quarkus.http.port alone, the probes and metrics answer on the management port of the running app, and the
 * Role allows what leader election, the token store and the shared records need, by name, and nothing more.
 */
@QuarkusTest
class ManifestTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path MANIFESTS = REPOSITORY.resolve("kubernetes");
    private static final String CREDENTIALS_SECRET = "jira-route-bundle-credentials";
    private static final String TOKEN_STORE_SECRET = "jira-route-bundle-token-store";
    private static final List<String> JIRA_VARIABLES = List.of("JIRA_SITE", "JIRA_AUTH", "JIRA_EMAIL", "JIRA_API_TOKEN",
            "JIRA_CLIENT_ID", "JIRA_CLIENT_SECRET", "JIRA_REFRESH_TOKEN");

    private static final Map<Class<?>, HasMetadata> OBJECTS = new HashMap<>();
    /** The Secrets by name: the credentials template and the token store. */
    private static final Map<String, Secret> SECRETS = new HashMap<>();
    private static final String SERVICE = "jira-route-bundle";
    private static final String ADMIN_SERVICE = "jira-route-bundle-admin";
    private static final Map<String, Service> SERVICES = new HashMap<>();
    private static Properties properties;
    private static String propertiesText;

    @TestHTTPResource("/")
    URL app;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @BeforeAll
    static void parse() throws IOException {
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    HasMetadata object = Serialization.unmarshal(Files.readString(file));
                    if (object instanceof Secret secret) {
                        SECRETS.put(secret.getMetadata().getName(), secret);
                    } else if (object instanceof Service service) {
                        SERVICES.put(service.getMetadata().getName(), service);
                    } else {
                        assertThat(OBJECTS.put(object.getClass(), object)).as("one object of each kind").isNull();
                    }
                }
            }
        }
        propertiesText = Files.readString(REPOSITORY.resolve("application.properties"));
        properties = new Properties();
        try (Reader reader = Files.newBufferedReader(REPOSITORY.resolve("application.properties"))) {
            properties.load(reader);
        }
    }

    @Test
    void everyKindIsThereAndTheKustomizationListsEachFile() throws IOException {
        assertThat(OBJECTS).containsKeys(Deployment.class, ServiceAccount.class, Role.class, RoleBinding.class);
        assertThat(SERVICES).containsOnlyKeys(SERVICE, ADMIN_SERVICE);
        assertThat(SECRETS).containsKeys(CREDENTIALS_SECRET, TOKEN_STORE_SECRET);
        List<String> resources = stringList(yaml(MANIFESTS.resolve("kustomization.yaml")).get("resources"));
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            List<String> manifests = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml")
                            && !name.equals("secret-template.yaml"))
                    .toList();
            assertThat(resources).containsExactlyInAnyOrderElementsOf(manifests);
        }
        assertThat(stringList(yaml(REPOSITORY.resolve("kustomization.yaml")).get("resources")))
                .containsExactly("kubernetes");
    }

    @Test
    void theConfigMapsAreGeneratedFromApplicationPropertiesAndEveryFlow() throws IOException {
        Map<String, List<String>> generated = generatedConfigMaps();
        List<String> flows;
        try (Stream<Path> files = Files.list(REPOSITORY.resolve("routes"))) {
            flows = files.map(f -> "routes/" + f.getFileName()).filter(name -> name.endsWith(".yaml")).toList();
        }

        assertThat(generated.get("jira-route-bundle-config")).containsExactly("application.properties");
        assertThat(generated.get("jira-route-bundle-routes")).containsExactlyInAnyOrderElementsOf(flows);
        assertThat(volumes()).containsEntry("config", "jira-route-bundle-config")
                .containsEntry("routes", "jira-route-bundle-routes");
    }

    @Test
    void theAppReadsTheFlowsAndPropertiesFromTheMountedConfigMaps() {
        Map<String, String> mounts = mounts();
        Map<String, String> env = env();

        assertThat(properties.getProperty("camel.main.routes-include-pattern")).startsWith("${ROUTES_LOCATION:");
        assertThat(env.get("ROUTES_LOCATION")).isEqualTo("file:" + mounts.get("routes") + "/*.yaml");
        assertThat(env.get("QUARKUS_CONFIG_LOCATIONS"))
                .isEqualTo("file:" + mounts.get("config") + "/application.properties");
        // The writable directories application.properties is told about lie on the writable state volume.
        assertThat(env.get("JIRA_STATE_DIR")).startsWith(mounts.get("state") + "/");
        env.keySet().stream().filter(name -> !name.startsWith("QUARKUS_"))
                .forEach(name -> assertThat(propertiesText).as("application.properties reads " + name)
                        .contains("${" + name + ":"));
    }

    @Test
    void theSecretHoldsNoSecretsAndEachKeyIsAVariableTheAppReads() {
        Secret secret = SECRETS.get(CREDENTIALS_SECRET);

        assertThat(secret.getStringData()).containsKeys(JIRA_VARIABLES.toArray(String[]::new));
        assertThat(secret.getStringData()).containsKeys("ALERTS_BEARER_TOKENS", "ALERTS_BASIC_CREDENTIALS",
                "JIRA_ADMIN_CREDENTIALS", "JIRA_PUBLIC_URL");
        secret.getStringData().forEach((key, value) -> {
            assertThat(propertiesText).as("application.properties reads " + key).contains("${" + key + ":");
            assertThat(value).as(key).isIn("", "basic");
        });
        assertThat(container().getEnvFrom()).anySatisfy(
                source -> assertThat(source.getSecretRef().getName()).isEqualTo(secret.getMetadata().getName()));
    }

    @Test
    void theServiceExposesTheApplicationPortOnlyAndTheManagementPortServesThePodAlone() {
        int port = Integer.parseInt(properties.getProperty("quarkus.http.port"));
        int managementPort = Integer.parseInt(properties.getProperty("quarkus.management.port"));
        Map<String, Integer> ports = new HashMap<>();
        container().getPorts().forEach(p -> ports.put(p.getName(), p.getContainerPort()));

        assertThat(properties.getProperty("quarkus.management.enabled")).isEqualTo("true");
        assertThat(ports).containsExactlyInAnyOrderEntriesOf(Map.of("http", port, "management", managementPort));
        for (Service service : SERVICES.values()) {
            assertThat(service.getSpec().getPorts()).singleElement().satisfies(p -> {
                assertThat(p.getPort()).isEqualTo(port);
                assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
            });
            assertThat(service.getSpec().getSelector())
                    .isEqualTo(deployment().getSpec().getTemplate().getMetadata().getLabels());
        }
    }

    /**
     * A refused refresh token takes every replica out of the main Service (readiness), and the consent that fixes it is
     * given on the /jira/ pages: the admin Service reaches them whatever the readiness; alert senders reach ready pods.
     */
    @Test
    void theConsentPagesStayReachableWhileAConnectionKeepsThePodsUnready() {
        assertThat(SERVICES.get(ADMIN_SERVICE).getSpec().getPublishNotReadyAddresses()).isTrue();
        assertThat(SERVICES.get(SERVICE).getSpec().getPublishNotReadyAddresses()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void theProbesAskTheHealthEndpointsOnTheManagementPortAndTheApplicationPortHasNone() throws Exception {
        Container container = container();
        List<io.fabric8.kubernetes.api.model.HTTPGetAction> probes = List.of(
                container.getLivenessProbe().getHttpGet(), container.getReadinessProbe().getHttpGet(),
                container.getStartupProbe().getHttpGet());

        assertThat(probes).extracting(probe -> probe.getPath())
                .containsExactly("/q/health/live", "/q/health/ready", "/q/health/started");
        assertThat(probes).allSatisfy(probe -> assertThat(probe.getPort().getStrVal()).isEqualTo("management"));
        for (var probe : probes) {
            HttpResponse<String> response = get(URI.create(management.toString()).resolve(probe.getPath()));
            assertThat(response.statusCode()).as(probe.getPath() + ": " + response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\"UP\"");
            assertThat(get(URI.create(app.toString()).resolve(probe.getPath())).statusCode())
                    .as(probe.getPath() + " is not served on the application port").isEqualTo(404);
        }
    }

    @Test
    void thePrometheusAnnotationsPointAtTheMetricsOnTheManagementPort() throws Exception {
        Map<String, String> annotations = deployment().getSpec().getTemplate().getMetadata().getAnnotations();

        assertThat(annotations.get("prometheus.io/port")).isEqualTo(properties.getProperty("quarkus.management.port"));
        HttpResponse<String> response = get(URI.create(management.toString())
                .resolve(annotations.get("prometheus.io/path")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("camel_");
        assertThat(get(URI.create(app.toString()).resolve(annotations.get("prometheus.io/path"))).statusCode())
                .isEqualTo(404);
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePodRunsAsNonRootOnAReadOnlyRootFilesystemWithWritableTmp() {
        PodSpec pod = deployment().getSpec().getTemplate().getSpec();
        Container container = container();

        assertThat(deployment().getSpec().getReplicas()).isEqualTo(2);
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(mounts()).containsEntry("tmp", "/tmp");
        assertThat(pod.getVolumes()).filteredOn(v -> v.getName().equals("tmp") || v.getName().equals("state"))
                .hasSize(2).allSatisfy(v -> assertThat(v.getEmptyDir()).isNotNull());
        assertThat(pod.getServiceAccountName()).isEqualTo(OBJECTS.get(ServiceAccount.class).getMetadata().getName());
        RoleBinding binding = (RoleBinding) OBJECTS.get(RoleBinding.class);
        assertThat(binding.getRoleRef().getName()).isEqualTo(OBJECTS.get(Role.class).getMetadata().getName());
        assertThat(binding.getSubjects().get(0).getName()).isEqualTo(pod.getServiceAccountName());
    }

    @Test
    void theReplicasMayElectALeaderForTheTimersAndPollersAndNoMore() throws IOException {
        Role role = (Role) OBJECTS.get(Role.class);
        List<PolicyRule> leases = rules(role, "leases");
        List<String> leaseNames = new ArrayList<>();
        for (String flow : masterFlows()) {
            leaseNames.add("jira-route-bundle-" + flow);
        }

        // ha/ClusterServiceProducer: Camel's KubernetesClusterService gets, creates and renews (PUT) a Lease per flow,
        // and lists the pods with the app label.
        assertThat(leases).hasSize(2).anySatisfy(rule -> {
            assertThat(rule.getVerbs()).containsExactly("create");
            assertThat(rule.getResourceNames()).isEmpty();
        }).anySatisfy(rule -> {
            assertThat(rule.getVerbs()).containsExactlyInAnyOrder("get", "update");
            assertThat(rule.getResourceNames()).as("a Lease for each master: flow of routes/, and no other")
                    .containsExactlyInAnyOrderElementsOf(leaseNames);
        });
        assertThat(rules(role, "pods")).singleElement().satisfies(rule -> {
            assertThat(rule.getVerbs()).containsExactly("list");
            assertThat(rule.getResourceNames()).isEmpty();
        });
        assertThat(deployment().getSpec().getTemplate().getMetadata().getLabels())
                .containsEntry("app.kubernetes.io/name", "jira-route-bundle");
        assertThat(container().getEnv()).anySatisfy(variable -> {
            assertThat(variable.getName()).isEqualTo("POD_NAMESPACE");
            assertThat(variable.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.namespace");
        });
        assertThat(properties.getProperty("%prod.cluster.service")).isEqualTo("${CLUSTER_SERVICE:kubernetes}");
    }

    @Test
    void theReplicasShareTheirOAuthTokensThroughTheShippedSecretAndCanReadOrCreateNoOther() {
        Role role = (Role) OBJECTS.get(Role.class);
        String secret = properties.getProperty("jira.token-store.secret-name").replaceAll("^\\$\\{[A-Z_]+:(.*)}$",
                "$1");

        assertThat(env()).containsEntry("JIRA_TOKEN_STORE", "kubernetes-secret");
        assertThat(properties.getProperty("jira.token-store.type")).startsWith("${JIRA_TOKEN_STORE:");
        assertThat(secret).isEqualTo(TOKEN_STORE_SECRET);
        // Shipped, empty: the bundle never creates it (a pod allowed to create Secrets could mint a
        // service-account-token Secret for any ServiceAccount of the namespace and read its token).
        assertThat(SECRETS.get(secret).getType()).isEqualTo("Opaque");
        assertThat(SECRETS.get(secret).getData()).isNullOrEmpty();
        assertThat(SECRETS.get(secret).getStringData()).isNullOrEmpty();
        assertThat(rules(role, "secrets")).singleElement().satisfies(rule -> {
            assertThat(rule.getResources()).containsExactly("secrets");
            assertThat(rule.getResourceNames()).containsExactly(secret);
            assertThat(rule.getVerbs()).containsExactlyInAnyOrder("get", "update");
        });
        assertThat(role.getRules()).noneMatch(rule -> rule.getResources().contains("*")
                || rule.getVerbs().contains("*") || rule.getApiGroups().contains("*"));
    }

    @Test
    void theSharedPositionsAndIncidentRecordsAreTheOnlyConfigMapsTheBundleChanges() {
        Role role = (Role) OBJECTS.get(Role.class);

        assertThat(rules(role, "configmaps")).anySatisfy(rule -> {
            assertThat(rule.getVerbs()).containsExactlyInAnyOrder("get", "update");
            // Beside these two, the shards of the bundle's stores (StoreRoleTest checks them one by one).
            assertThat(rule.getResourceNames()).contains("jira-route-bundle-poll-state", "jira-route-bundle-incidents")
                    .filteredOn(name -> !name.equals("jira-route-bundle-poll-state")
                            && !name.equals("jira-route-bundle-incidents"))
                    .allMatch(name -> name.startsWith("jira-route-bundle-records-"));
        }).allSatisfy(rule -> assertThat(rule.getResourceNames().isEmpty()).as("unnamed: create only")
                .isEqualTo(rule.getVerbs().equals(List.of("create"))));
    }

    private static List<PolicyRule> rules(Role role, String resource) {
        return role.getRules().stream().filter(rule -> rule.getResources().contains(resource)).toList();
    }

    /** The namespaces of the flows that start from master:<namespace>:... (each holds a Lease). */
    private static List<String> masterFlows() throws IOException {
        List<String> flows = new ArrayList<>();
        java.util.regex.Pattern master = java.util.regex.Pattern.compile("uri:\\s*\"?master:([a-z0-9-]+):");
        try (Stream<Path> files = Files.list(REPOSITORY.resolve("routes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                master.matcher(Files.readString(file)).results().forEach(match -> flows.add(match.group(1)));
            }
        }
        assertThat(flows).isNotEmpty();
        return flows;
    }

    @Test
    void theImageIsTheOneTheDockerfileDocuments() throws IOException {
        Map<String, Object> image = mapList(yaml(MANIFESTS.resolve("kustomization.yaml")).get("images")).get(0);
        String dockerfile = Files.readString(REPOSITORY.resolve("app/src/main/docker/Dockerfile.jvm"));

        assertThat(container().getImage()).isEqualTo(image.get("name"));
        assertThat(dockerfile).contains("-t " + image.get("newName") + ":" + image.get("newTag") + " ");
        assertThat(dockerfile).contains("USER 185");
    }

    @Test
    void theImageStartsFromTheAotCacheItsBuildTrains() throws IOException {
        String dockerfile = Files.readString(REPOSITORY.resolve("app/src/main/docker/Dockerfile.jvm"));

        assertThat(dockerfile).containsPattern("FROM \\S+openjdk-2[5-9]");
        assertThat(dockerfile).contains("RUN /tmp/train-aot-cache.sh /deployments /deployments/app.aot");
        assertThat(dockerfile).containsPattern("JAVA_OPTS_APPEND=\"[^\"]*-XX:AOTCache=/deployments/app.aot");
        assertThat(REPOSITORY.resolve("app/src/main/docker/train-aot-cache.sh")).isExecutable();
    }

    private static Map<String, List<String>> generatedConfigMaps() throws IOException {
        Map<String, List<String>> generated = new HashMap<>();
        for (Map<String, Object> generator : mapList(
                yaml(REPOSITORY.resolve("kustomization.yaml")).get("configMapGenerator"))) {
            generated.put((String) generator.get("name"), stringList(generator.get("files")));
        }
        return generated;
    }

    private static Deployment deployment() {
        return (Deployment) OBJECTS.get(Deployment.class);
    }

    private static Container container() {
        return deployment().getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        for (EnvVar variable : container().getEnv()) {
            env.put(variable.getName(), variable.getValue());
        }
        return env;
    }

    private static Map<String, String> mounts() {
        Map<String, String> mounts = new HashMap<>();
        for (VolumeMount mount : container().getVolumeMounts()) {
            mounts.put(mount.getName(), mount.getMountPath());
        }
        return mounts;
    }

    /** Volume name to the ConfigMap it mounts. */
    private static Map<String, String> volumes() {
        Map<String, String> volumes = new HashMap<>();
        for (Volume volume : deployment().getSpec().getTemplate().getSpec().getVolumes()) {
            if (volume.getConfigMap() != null) {
                volumes.put(volume.getName(), volume.getConfigMap().getName());
            }
        }
        return volumes;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws IOException {
        return Serialization.unmarshal(Files.readString(file), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> stringList(Object value) {
        return new ArrayList<>((List<String>) value);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> mapList(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
