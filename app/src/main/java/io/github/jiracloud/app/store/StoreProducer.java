package io.github.jiracloud.app.store;

import java.nio.file.Path;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.apache.camel.spi.IdempotentRepository;
import org.jboss.logging.Logger;

/** The bundle's durable store, chosen by {@code store.type}, and the webhook de-duplication made on it. */
@ApplicationScoped
public class StoreProducer {

    private static final Logger LOG = Logger.getLogger(StoreProducer.class);

    /**
     * Made at its first use (a client proxy), so that the HTTP routes that hold it do not make it before the flows'
     * own start-up checks (a missing Jira site) have spoken; {@link #check} makes it at start-up all the same.
     */
    @Produces
    @ApplicationScoped
    DocumentStore documentStore(StoreSettings settings) {
        return switch (settings.type()) {
            case "file" -> new FileDocumentStore(Path.of(settings.file().directory()));
            case "kubernetes" -> configMaps(settings.kubernetes());
            default -> throw new IllegalStateException("store.type (STORE_TYPE) is '" + settings.type() + "': use "
                    + "kubernetes (ConfigMaps, shared by the replicas) or file (one copy of the bundle only)");
        };
    }

    /** A store that cannot be made (no namespace, a bad store.type) stops the start, not the first failure. */
    void check(@Observes StartupEvent started, DocumentStore store) {
        LOG.infof("Failed exchanges and de-duplication records are kept in %s", store.describe());
    }

    /**
     * {@code jira:webhook}'s de-duplication, shared and durable; application.properties sets it as the component's
     * {@code idempotentRepository}.
     */
    @Produces
    @Singleton
    @Named("jiraWebhookIds")
    IdempotentRepository webhookIds(RecordStores stores, StoreSettings settings) {
        return new SharedIdempotentRepository(stores.named("webhooks"), settings.webhooks().claimFor(),
                settings.webhooks().keepFor());
    }

    /** The pod's API server and service account (or the local kubeconfig), as for leader election. */
    private static ConfigMapDocumentStore configMaps(StoreSettings.Kubernetes settings) {
        KubernetesClient client = new KubernetesClientBuilder().build();
        String namespace = settings.namespace().filter(name -> !name.isBlank()).orElse(client.getNamespace());
        if (namespace == null) {
            throw new IllegalStateException("store.type is kubernetes, but no namespace is known: set "
                    + "store.kubernetes.namespace (POD_NAMESPACE) or run in a pod");
        }
        return new ConfigMapDocumentStore(client, namespace, settings.prefix());
    }
}
