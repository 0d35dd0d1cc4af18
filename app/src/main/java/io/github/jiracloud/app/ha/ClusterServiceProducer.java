package io.github.jiracloud.app.ha;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.kubernetes.KubernetesConfiguration;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.component.master.MasterComponent;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * The cluster service behind the flows' {@code master:} endpoints: Camel adds the registry's cluster service to the
 * context, and each {@code master:<namespace>:...} consumer runs only on the copy leading that namespace.
 * Plain Camel artifacts (no Camel Quarkus extension reachable for them), so both are registered here as beans.
 */
@ApplicationScoped
public class ClusterServiceProducer {

    /** {@code master:} as a bean: without its Camel Quarkus extension it is not among the discovered components. */
    @Produces
    @Singleton
    @Named("master")
    MasterComponent master() {
        return new MasterComponent();
    }

    @Produces
    @Singleton
    @Named("clusterService")
    CamelClusterService clusterService(ClusterSettings settings) {
        return switch (settings.service()) {
            case "kubernetes" -> kubernetes(settings.kubernetes());
            case "file" -> fileLock(settings.file());
            default -> throw new IllegalStateException("cluster.service (CLUSTER_SERVICE) is '" + settings.service()
                    + "': use kubernetes (a Lease per flow) or file (a lock file, one machine only).");
        };
    }

    /**
     * Where the pollers keep their positions when several replicas take turns leading: a ConfigMap in the pod's
     * namespace with Kubernetes, a file beside the lock files otherwise (the file cluster is one machine). The prod
     * profile points the jira component at it ({@code camel.component.jira.state-repository=#jiraPollState}).
     */
    @Produces
    @Singleton
    @Named("jiraPollState")
    StateRepository<String, String> pollState(ClusterSettings settings) {
        if ("kubernetes".equals(settings.service())) {
            KubernetesClient client = new KubernetesClientBuilder().build();
            String namespace = settings.kubernetes().namespace().orElse(client.getNamespace());
            return new ConfigMapStateRepository(client, namespace, settings.kubernetes().leasePrefix() + "-poll-state");
        }
        return FileStateRepository
                .fileStateRepository(privateRoot(settings.file()).resolve("poll-state.properties").toFile());
    }

    /** Leader election with Leases in the pod's namespace; the pod name (HOSTNAME) is the holder's identity. */
    public static KubernetesClusterService kubernetes(ClusterSettings.Kubernetes settings) {
        KubernetesConfiguration connection = new KubernetesConfiguration();
        // "local": the client configures itself, from the service account in a pod or the kubeconfig elsewhere.
        connection.setMasterUrl(settings.masterUrl().orElse("local"));
        KubernetesClusterService service = new KubernetesClusterService(connection);
        settings.namespace().ifPresent(service::setKubernetesNamespace);
        service.setClusterLabels(Map.of("app.kubernetes.io/name", settings.appLabel()));
        service.setKubernetesResourceName(settings.leasePrefix());
        service.setLeaseDurationMillis(settings.leaseDuration());
        service.setRenewDeadlineMillis(settings.renewDeadline());
        service.setRetryPeriodMillis(settings.retryPeriod());
        return service;
    }

    /** Lock files and positions where no other user can plant or read them. */
    private static Path privateRoot(ClusterSettings.FileLock settings) {
        return PrivateDirectory.of(Path.of(settings.root()), "cluster.file.root (CLUSTER_FILE_ROOT)");
    }

    private static FileLockClusterService fileLock(ClusterSettings.FileLock settings) {
        FileLockClusterService service = new FileLockClusterService();
        service.setRoot(privateRoot(settings).toString());
        service.setAcquireLockDelay(settings.acquireLockDelay(), TimeUnit.MILLISECONDS);
        service.setAcquireLockInterval(settings.acquireLockInterval(), TimeUnit.MILLISECONDS);
        return service;
    }
}
