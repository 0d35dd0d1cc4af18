package io.github.jiracloud.app.ha;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.github.jiracloud.app.JiraSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The incident-intake flow's record of the issues it opened, per alert, where the pollers keep their positions: a
 * ConfigMap shared by the replicas with the Kubernetes cluster service, a file beside the lock files otherwise. With
 * the embedded emulator, which starts empty, the file is a fresh one of this run.
 */
@ApplicationScoped
public class SharedRecordsProducer {

    @Produces
    @Singleton
    @Named("incidentRecords")
    SharedRecords incidentRecords(ClusterSettings cluster, JiraSettings jira,
            @ConfigProperty(name = "camel.component.jira.site") Optional<String> site, Clock clock) {
        if ("kubernetes".equals(cluster.service())) {
            KubernetesClient client = new KubernetesClientBuilder().build();
            String namespace = cluster.kubernetes().namespace().orElse(client.getNamespace());
            return new ConfigMapSharedRecords(client, namespace, cluster.kubernetes().leasePrefix() + "-incidents",
                    clock);
        }
        boolean emulatorServes = site.isEmpty() && jira.emulator().enabled();
        Path directory = emulatorServes
                ? freshDirectory()
                : PrivateDirectory.of(Path.of(cluster.file().root()), "cluster.file.root (CLUSTER_FILE_ROOT)");
        return new FileSharedRecords(directory.resolve("incidents.json"), clock);
    }

    private static Path freshDirectory() {
        try {
            return Files.createTempDirectory("jira-emulator-incidents");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory for the incident records", e);
        }
    }
}
