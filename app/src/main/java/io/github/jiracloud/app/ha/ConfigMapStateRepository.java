package io.github.jiracloud.app.ha;

import java.util.HashMap;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The pollers' positions in one ConfigMap, shared by every replica: when leadership moves, the new leader continues
 * where the old one stopped, so no change is repeated or skipped around a handover. Writes use the ConfigMap's
 * resourceVersion (optimistic concurrency) and try again on a conflict, so concurrent writers lose nothing.
 */
public final class ConfigMapStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private static final int ATTEMPTS = 10;

    private final KubernetesClient client;
    private final String namespace;
    private final String name;

    public ConfigMapStateRepository(KubernetesClient client, String namespace, String name) {
        this.client = client;
        this.namespace = namespace;
        this.name = name;
    }

    @Override
    public String getState(String key) {
        ConfigMap map = client.configMaps().inNamespace(namespace).withName(name).get();
        return map == null || map.getData() == null ? null : map.getData().get(key);
    }

    @Override
    public void setState(String key, String value) {
        for (int attempt = 1;; attempt++) {
            try {
                write(key, value);
                return;
            } catch (KubernetesClientException e) {
                boolean conflict = e.getCode() == 409;
                if (!conflict || attempt == ATTEMPTS) {
                    throw new IllegalStateException("The poll position '" + key + "' could not be saved to ConfigMap "
                            + namespace + "/" + name + " (HTTP " + e.getCode() + "); check the Role allows get, create "
                            + "and update on configmaps", e);
                }
            }
        }
    }

    /**
     * Creates the ConfigMap, or updates it as of the version just read: a concurrent change makes this fail with 409.
     */
    private void write(String key, String value) {
        ConfigMap current = client.configMaps().inNamespace(namespace).withName(name).get();
        if (current == null) {
            client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder()
                    .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                    .withData(Map.of(key, value)).build()).create();
            return;
        }
        Map<String, String> data = current.getData() == null ? new HashMap<>() : new HashMap<>(current.getData());
        data.put(key, value);
        current.setData(data);
        client.configMaps().inNamespace(namespace).resource(current).update();
    }

    @Override
    public String toString() {
        return "ConfigMapStateRepository[" + namespace + "/" + name + "]";
    }
}
