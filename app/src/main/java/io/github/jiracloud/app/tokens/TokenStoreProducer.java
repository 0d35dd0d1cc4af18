package io.github.jiracloud.app.tokens;

import java.nio.file.Path;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.github.jiracloud.app.JiraSettings;
import io.github.jiracloud.camel.auth.FileTokenStore;
import io.github.jiracloud.camel.auth.InMemoryTokenStore;
import io.github.jiracloud.camel.auth.TokenStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one store of rotated OAuth refresh tokens that every connection of the bundle uses. */
@ApplicationScoped
public class TokenStoreProducer {

    @Produces
    @ApplicationScoped
    TokenStore tokenStore(JiraSettings settings) {
        JiraSettings.TokenStore config = settings.tokenStore();
        return switch (config.type()) {
            case "file" -> new FileTokenStore(config.directory().map(Path::of)
                    .orElse(Path.of(System.getProperty("user.home"), ".camel-jira", "tokens")));
            case "kubernetes-secret" -> kubernetesSecret(config);
            case "memory" -> new InMemoryTokenStore();
            default -> throw new IllegalStateException("jira.token-store.type (JIRA_TOKEN_STORE) must be file, "
                    + "kubernetes-secret or memory, was '" + config.type() + "'");
        };
    }

    /** The pod's API server and service account (or the local kubeconfig), as for leader election. */
    private static KubernetesSecretTokenStore kubernetesSecret(JiraSettings.TokenStore config) {
        KubernetesClient client = new KubernetesClientBuilder().build();
        String namespace = config.namespace().filter(name -> !name.isBlank()).orElse(client.getNamespace());
        if (namespace == null) {
            throw new IllegalStateException("jira.token-store.type is kubernetes-secret, but no namespace is known: "
                    + "set jira.token-store.namespace (POD_NAMESPACE) or run in a pod");
        }
        return new KubernetesSecretTokenStore(client, namespace, config.secretName());
    }
}
