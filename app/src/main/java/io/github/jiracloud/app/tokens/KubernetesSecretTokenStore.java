package io.github.jiracloud.app.tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.github.jiracloud.camel.auth.StoredToken;
import io.github.jiracloud.camel.auth.TokenStore;

/**
 * Every replica's OAuth tokens in one Kubernetes Secret, a key per connection holding a {@link SharedToken} as JSON.
 * Each change is a compare-and-swap: read the Secret, change one entry, update it as of the resourceVersion read; a 409
 * Conflict means another replica wrote in between, so the change is made again on what it wrote. The Secret ships
 * empty with the manifests; the bundle never creates it. {@link LeasedRefreshTokenProvider} builds its refresh lease on
 * {@link #update}.
 */
public final class KubernetesSecretTokenStore implements TokenStore {

    private static final Pattern SECRET_KEY = Pattern.compile("[-._a-zA-Z0-9]{1,100}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 20;

    private final KubernetesClient client;
    private final String namespace;
    private final String name;

    public KubernetesSecretTokenStore(KubernetesClient client, String namespace, String name) {
        this.client = client;
        this.namespace = namespace;
        this.name = name;
    }

    @Override
    public Optional<StoredToken> load(String connection) {
        return read(connection).filter(entry -> entry.refreshToken() != null).map(SharedToken::storedToken);
    }

    @Override
    public void save(String connection, StoredToken token) {
        update(connection, current -> current == null ? SharedToken.of(token) : current.withStoredToken(token));
    }

    @Override
    public void delete(String connection) {
        update(connection, current -> null);
    }

    /** The connection's entry as the Secret holds it now. */
    public Optional<SharedToken> read(String connection) {
        String key = key(connection);
        Secret secret = get();
        String encoded = secret == null || secret.getData() == null ? null : secret.getData().get(key);
        return Optional.ofNullable(encoded).map(value -> decode(connection, value));
    }

    /**
     * Replaces the connection's entry by {@code change(current)} (current is null when there is none; a null result
     * removes it) as one compare-and-swap, applying {@code change} again to what another replica wrote when the swap
     * loses. A result equal to the current entry writes nothing.
     *
     * @return the entry as stored afterwards
     */
    public Optional<SharedToken> update(String connection, UnaryOperator<SharedToken> change) {
        String key = key(connection);
        for (int attempt = 1;; attempt++) {
            Secret secret = get();
            Map<String, String> data = secret == null || secret.getData() == null
                    ? new HashMap<>()
                    : new HashMap<>(secret.getData());
            SharedToken current = data.containsKey(key) ? decode(connection, data.get(key)) : null;
            SharedToken next = change.apply(current);
            if (Objects.equals(current, next)) {
                return Optional.ofNullable(current);
            }
            if (next == null) {
                data.remove(key);
            } else {
                data.put(key, encode(next));
            }
            try {
                write(secret, data);
                return Optional.ofNullable(next);
            } catch (KubernetesClientException e) {
                boolean lostTheRace = e.getCode() == 409;
                if (!lostTheRace || attempt == ATTEMPTS) {
                    throw failure(e);
                }
            }
        }
    }

    private Secret get() {
        try {
            return client.secrets().inNamespace(namespace).withName(name).get();
        } catch (KubernetesClientException e) {
            throw failure(e);
        }
    }

    /**
     * Updates the Secret as of the version read: a concurrent write makes this fail with 409. The Secret is never
     * created here: the pods may not create Secrets (a pod that could would be able to mint a service-account-token
     * Secret and read it), so it ships, empty, with the manifests.
     */
    private void write(Secret current, Map<String, String> data) {
        if (current == null) {
            throw new IllegalStateException("The OAuth token store Secret " + namespace + "/" + name + " does not "
                    + "exist: it ships empty with the manifests (kubernetes/token-store-secret.yaml; kubectl apply -k "
                    + ".), or create it once with kubectl create secret generic " + name);
        }
        current.setData(data);
        client.secrets().inNamespace(namespace).resource(current).update();
    }

    private IllegalStateException failure(KubernetesClientException e) {
        // The client's message may quote the request, so only the status goes into ours.
        return new IllegalStateException("The OAuth token store Secret " + namespace + "/" + name + " could not be "
                + "read or written (HTTP " + e.getCode() + "); check that it exists and that the Role allows get and "
                + "update on it (jira.token-store.secret-name names it)");
    }

    private static String encode(SharedToken token) {
        ObjectNode json = JSON.createObjectNode()
                .put("refreshToken", token.refreshToken())
                .put("scope", token.scope())
                .put("obtainedAt", text(token.obtainedAt()))
                .put("cloudId", token.cloudId())
                .put("accessToken", token.accessToken())
                .put("accessTokenExpiresAt", text(token.accessTokenExpiresAt()))
                .put("leaseHolder", token.leaseHolder())
                .put("leaseUntil", text(token.leaseUntil()));
        return Base64.getEncoder().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private SharedToken decode(String connection, String base64) {
        try {
            JsonNode json = JSON.readTree(Base64.getDecoder().decode(base64));
            return new SharedToken(json.path("refreshToken").asText(null), json.path("scope").asText(null),
                    instant(json, "obtainedAt"), json.path("cloudId").asText(null),
                    json.path("accessToken").asText(null),
                    instant(json, "accessTokenExpiresAt"), json.path("leaseHolder").asText(null),
                    instant(json, "leaseUntil"));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The key '" + connection + "' of the token store Secret " + namespace + "/"
                    + name + " cannot be read (" + e.getClass().getSimpleName() + "). Remove the key and authorize "
                    + "the connection again");
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(JsonNode json, String field) {
        return json.hasNonNull(field) ? Instant.parse(json.get(field).asText()) : null;
    }

    private static String key(String connection) {
        if (connection == null || !SECRET_KEY.matcher(connection).matches()) {
            throw new IllegalArgumentException("Connection name '" + connection + "' may only use letters, digits, "
                    + "'.', '_' and '-' (it names a key of the token store Secret)");
        }
        return connection;
    }

    @Override
    public String toString() {
        return "KubernetesSecretTokenStore[" + namespace + "/" + name + "]";
    }
}
