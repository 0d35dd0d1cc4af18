package io.github.jiracloud.app.store;

import java.util.HashMap;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;

/** fabric8's Kubernetes API server in CRUD mode, as ConfigMapStateRepositoryTest uses it, for the store tests. */
final class KubernetesMock implements AutoCloseable {

    private final KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(),
            new HashMap<>(), new KubernetesCrudDispatcher(), false);

    KubernetesMock() {
        server.init();
    }

    /** One client per simulated replica. */
    KubernetesClient client() {
        return server.createClient();
    }

    ConfigMapDocumentStore store() {
        return new ConfigMapDocumentStore(client(), "jira", "jira-route-bundle");
    }

    @Override
    public void close() {
        server.destroy();
    }
}
