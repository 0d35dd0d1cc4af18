package io.github.jiracloud.app.ha;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Poll positions shared through one ConfigMap: visible to every replica, and no write lost to a race. */
class ConfigMapStateRepositoryTest {

    private KubernetesMockServer kubernetes;

    @BeforeEach
    void start() {
        kubernetes = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        kubernetes.init();
    }

    @AfterEach
    void stop() {
        kubernetes.destroy();
    }

    @Test
    void aPositionSavedByOneReplicaIsReadByAnother() {
        ConfigMapStateRepository podA = repository();
        ConfigMapStateRepository podB = repository();

        assertThat(podB.getState("issue-poll-1")).isNull();
        podA.setState("issue-poll-1", "{\"watermark\":\"2026-11-28T10:00:00Z\"}");
        podA.setState("issue-poll-1", "{\"watermark\":\"2026-11-28T10:05:00Z\"}");

        assertThat(podB.getState("issue-poll-1")).isEqualTo("{\"watermark\":\"2026-11-28T10:05:00Z\"}");
    }

    @Test
    void concurrentWritersOfDifferentKeysLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String key = "poller-" + i;
            ConfigMapStateRepository replica = repository();
            writes.add(pool.submit(() -> replica.setState(key, "position-" + key)));
        }
        for (Future<?> write : writes) {
            write.get();
        }
        pool.shutdown();

        ConfigMapStateRepository reader = repository();
        for (int i = 0; i < 40; i++) {
            assertThat(reader.getState("poller-" + i)).isEqualTo("position-poller-" + i);
        }
    }

    private ConfigMapStateRepository repository() {
        KubernetesClient client = kubernetes.createClient();
        return new ConfigMapStateRepository(client, "jira", "jira-route-bundle-poll-state");
    }
}
