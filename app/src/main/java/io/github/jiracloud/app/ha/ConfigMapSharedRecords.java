package io.github.jiracloud.app.ha;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * Shared records in one ConfigMap, one data key per record: a change reads the ConfigMap, compares the record, and
 * updates the ConfigMap as of the resourceVersion it read, so a concurrent change by another replica makes it fail
 * (409) and it compares again on what that replica wrote. Expired entries are dropped on each write, which keeps the
 * ConfigMap well under its 1 MiB limit.
 */
public final class ConfigMapSharedRecords implements SharedRecords {

    private static final int ATTEMPTS = 20;

    private final KubernetesClient client;
    private final String namespace;
    private final String name;
    private final Clock clock;

    public ConfigMapSharedRecords(KubernetesClient client, String namespace, String name, Clock clock) {
        this.client = client;
        this.namespace = namespace;
        this.name = name;
        this.clock = clock;
    }

    @Override
    public Optional<String> get(String key) {
        SharedRecords.checkedKey(key);
        ConfigMap map = read();
        return Optional.ofNullable(map == null || map.getData() == null
                ? null
                : ExpiringValue.live(map.getData().get(key), clock.instant()));
    }

    @Override
    public boolean compareAndSet(String key, String expected, String value, Instant expiresAt) {
        SharedRecords.checkedKey(key);
        for (int attempt = 1;; attempt++) {
            Instant now = clock.instant();
            ConfigMap current = read();
            Map<String, String> data = current == null || current.getData() == null
                    ? new HashMap<>()
                    : new HashMap<>(current.getData());
            if (!Objects.equals(ExpiringValue.live(data.get(key), now), expected)) {
                return false;
            }
            data.values().removeIf(stored -> ExpiringValue.live(stored, now) == null);
            if (value == null) {
                data.remove(key);
            } else {
                data.put(key, new ExpiringValue(expiresAt, value).format());
            }
            try {
                write(current, data);
                return true;
            } catch (KubernetesClientException e) {
                boolean raced = e.getCode() == 409;
                if (!raced || attempt == ATTEMPTS) {
                    throw new IllegalStateException("The shared record '" + key + "' could not be saved to ConfigMap "
                            + namespace + "/" + name + " (HTTP " + e.getCode() + "); check that it exists (kubectl "
                            + "apply -k .) and that the Role allows get and update on it", e);
                }
            }
        }
    }

    private ConfigMap read() {
        return client.configMaps().inNamespace(namespace).withName(name).get();
    }

    /** Creates the ConfigMap, or updates it as of the version read: a concurrent write makes this fail with 409. */
    private void write(ConfigMap current, Map<String, String> data) {
        if (current == null) {
            client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder()
                    .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                    .withData(data).build()).create();
            return;
        }
        current.setData(data);
        client.configMaps().inNamespace(namespace).resource(current).update();
    }

    @Override
    public String toString() {
        return "ConfigMapSharedRecords[" + namespace + "/" + name + "]";
    }
}
