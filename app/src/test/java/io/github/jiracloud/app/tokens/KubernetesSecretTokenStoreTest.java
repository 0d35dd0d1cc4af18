package io.github.jiracloud.app.tokens;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.github.jiracloud.camel.auth.StoredToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Refresh tokens in one Secret: a key per connection, readable by every replica, no write lost to a race. */
class KubernetesSecretTokenStoreTest {

    static final String NAMESPACE = "jira";
    static final String SECRET = "jira-route-bundle-token-store";

    private KubernetesMockServer kubernetes;

    @BeforeEach
    void start() {
        kubernetes = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        kubernetes.init();
        shipped(kubernetes.createClient(), NAMESPACE, SECRET);
    }

    /** The token store Secret as kubernetes/token-store-secret.yaml ships it: empty. */
    static void shipped(KubernetesClient client, String namespace, String name) {
        client.secrets().inNamespace(namespace).resource(new io.fabric8.kubernetes.api.model.SecretBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).endMetadata().withType("Opaque").build())
                .create();
    }

    @AfterEach
    void stop() {
        kubernetes.destroy();
    }

    @Test
    void theBundleNeverCreatesTheSecretItsManifestsShip() {
        kubernetes.createClient().secrets().inNamespace(NAMESPACE).withName(SECRET).delete();
        KubernetesSecretTokenStore pod = store();
        StoredToken token = new StoredToken("refresh-token-for-support-1", "offline_access", Instant.now());

        assertThat(pod.load("support")).isEmpty();
        assertThatThrownBy(() -> pod.save("support", token)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not exist").hasMessageContaining("kubectl apply -k")
                .hasMessageNotContaining("refresh-token-for-support-1");
        assertThat(kubernetes.createClient().secrets().inNamespace(NAMESPACE).list().getItems()).isEmpty();
    }

    @Test
    void aTokenSavedByOneReplicaIsLoadedByAnotherFromAKeyOfTheSecret() {
        KubernetesSecretTokenStore podA = store();
        KubernetesSecretTokenStore podB = store();
        StoredToken token = new StoredToken("refresh-token-for-support-1", "offline_access", Instant.now());

        assertThat(podB.load("support")).isEmpty();
        podA.save("support", token);

        assertThat(podB.load("support")).contains(token);
        Secret secret = kubernetes.createClient().secrets().inNamespace(NAMESPACE).withName(SECRET).get();
        assertThat(secret.getData()).containsOnlyKeys("support");
        assertThat(new String(Base64.getDecoder().decode(secret.getData().get("support")), StandardCharsets.UTF_8))
                .contains("\"refreshToken\":\"refresh-token-for-support-1\"");

        podB.delete("support");
        assertThat(podA.load("support")).isEmpty();
    }

    @Test
    void concurrentReplicasWritingDifferentConnectionsLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String connection = "connection-" + i;
            KubernetesSecretTokenStore replica = store();
            writes.add(pool.submit(() -> replica.save(connection,
                    new StoredToken("refresh-" + connection, "offline_access", Instant.now()))));
        }
        for (Future<?> write : writes) {
            write.get();
        }
        pool.shutdown();

        KubernetesSecretTokenStore reader = store();
        for (int i = 0; i < 24; i++) {
            assertThat(reader.load("connection-" + i).orElseThrow().refreshToken())
                    .isEqualTo("refresh-connection-" + i);
        }
    }

    @Test
    void aConnectionNameThatCannotBeASecretKeyIsRefusedWithTheRule() {
        assertThatThrownBy(() -> store().load("jira/prod"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'jira/prod'").hasMessageContaining("letters, digits");
    }

    @Test
    void noTokenAppearsInItsDescriptions() {
        KubernetesSecretTokenStore store = store();
        store.save("support", new StoredToken("refresh-token-value-42", "offline_access", Instant.now()));

        assertThat(store.toString()).doesNotContain("refresh-token-value-42");
        assertThat(store.read("support").orElseThrow().toString()).doesNotContain("refresh-token-value-42");
    }

    private KubernetesSecretTokenStore store() {
        KubernetesClient client = kubernetes.createClient();
        return new KubernetesSecretTokenStore(client, NAMESPACE, SECRET);
    }
}
