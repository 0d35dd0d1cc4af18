package io.github.jiracloud.app.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * A ConfigMap per document, {@code <prefix>-<kind>-<name>} in one namespace, labelled with its kind (so
 * {@code kubectl delete configmap -l jira-route-bundle/kind} removes them all): every replica of the bundle sees the
 * same documents. A replace is an update as of the
 * resourceVersion read, so a concurrent writer makes it fail with 409 instead of being overwritten. A ConfigMap holds
 * at most 1 MiB ({@link DocumentStore#MAX_DOCUMENT_BYTES} is checked before writing).
 */
public final class ConfigMapDocumentStore implements DocumentStore {

    static final String KIND_LABEL = "jira-route-bundle/kind";
    static final String NAME_LABEL = "jira-route-bundle/document";

    private final KubernetesClient client;
    private final String namespace;
    private final String prefix;

    public ConfigMapDocumentStore(KubernetesClient client, String namespace, String prefix) {
        this.client = client;
        this.namespace = namespace;
        this.prefix = prefix;
    }

    @Override
    public Optional<Document> get(String kind, String name) {
        DocumentStore.check(kind, name, null);
        try {
            return Optional.ofNullable(client.configMaps().inNamespace(namespace).withName(objectName(kind, name))
                    .get()).map(map -> document(kind, name, map));
        } catch (KubernetesClientException e) {
            throw failure("read " + objectName(kind, name), e);
        }
    }

    @Override
    public boolean create(String kind, String name, Map<String, String> data) {
        DocumentStore.check(kind, name, data);
        ConfigMap map = new ConfigMapBuilder().withNewMetadata().withName(objectName(kind, name))
                .withNamespace(namespace).addToLabels("app.kubernetes.io/name", "jira-route-bundle")
                .addToLabels(KIND_LABEL, kind).addToLabels(NAME_LABEL, name).endMetadata().withData(data).build();
        try {
            client.configMaps().inNamespace(namespace).resource(map).create();
            return true;
        } catch (KubernetesClientException e) {
            if (e.getCode() == 409) {
                return false;
            }
            throw failure("create " + objectName(kind, name), e);
        }
    }

    @Override
    public boolean replace(Document read, Map<String, String> data) {
        DocumentStore.check(read.kind(), read.name(), data);
        String objectName = objectName(read.kind(), read.name());
        ConfigMap map = new ConfigMapBuilder().withNewMetadata().withName(objectName).withNamespace(namespace)
                .withResourceVersion(read.version()).addToLabels("app.kubernetes.io/name", "jira-route-bundle")
                .addToLabels(KIND_LABEL, read.kind()).addToLabels(NAME_LABEL, read.name()).endMetadata()
                .withData(data).build();
        try {
            client.configMaps().inNamespace(namespace).resource(map).update();
            return true;
        } catch (KubernetesClientException e) {
            if (e.getCode() == 409 || e.getCode() == 404) {
                return false;
            }
            throw failure("update " + objectName, e);
        }
    }

    @Override
    public String describe() {
        return "ConfigMaps " + prefix + "-* in namespace " + namespace;
    }

    private String objectName(String kind, String name) {
        return prefix + "-" + kind + "-" + name;
    }

    private static Document document(String kind, String name, ConfigMap map) {
        Map<String, String> data = map.getData() == null ? Map.of() : new HashMap<>(map.getData());
        return new Document(kind, name, data, map.getMetadata().getResourceVersion());
    }

    private IllegalStateException failure(String action, KubernetesClientException e) {
        // The client's message may quote the request, so only the status goes into ours.
        return new IllegalStateException("Could not " + action + " in namespace " + namespace + " (HTTP "
                + e.getCode() + "); check that the Role allows create on configmaps, and get and update on this one "
                + "(kubernetes/role.yaml lists them by name)", e);
    }
}
