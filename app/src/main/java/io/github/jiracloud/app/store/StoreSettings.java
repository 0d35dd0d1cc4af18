package io.github.jiracloud.app.store;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the bundle keeps what must outlive a restart and be shared by its replicas ({@code store.*}): failed
 * exchanges and the records of what was already done (webhook deliveries, mirrored issues).
 */
@ConfigMapping(prefix = "store")
public interface StoreSettings {

    /** {@code kubernetes}: ConfigMaps in the pod's namespace, shared by the replicas; {@code file}: one copy only. */
    String type();

    File file();

    Kubernetes kubernetes();

    Records records();

    Webhooks webhooks();

    Mirror mirror();

    interface File {
        /** The folder of the documents; it must outlive the process (a volume, not a container's temp). */
        String directory();
    }

    interface Kubernetes {
        /** The namespace of the ConfigMaps; unset = the pod's. */
        Optional<String> namespace();

        /** ConfigMap names start with this. */
        @WithDefault("jira-route-bundle")
        String prefix();
    }

    /** The records of what was already done: spread over shards, each one document. */
    interface Records {
        /** Shards per records store: each holds up to {@link #maxShardBytes()}. */
        @WithDefault("8")
        int shards();

        /** A ConfigMap holds 1 MiB; a shard stays below this, dropping the records closest to expiry first. */
        @WithDefault("900000")
        long maxShardBytes();
    }

    /** {@code jira:webhook} de-duplication ({@code X-Atlassian-Webhook-Identifier}). */
    interface Webhooks {
        /** How long a processed delivery is remembered; Jira redelivers for up to about 30 minutes. */
        @WithDefault("PT2H")
        Duration keepFor();

        /** How long a delivery being processed is claimed: the longest a crashed claimant holds it up. */
        @WithDefault("PT2M")
        Duration claimFor();
    }

    /** cross-project-mirror: which copy each source issue has. */
    interface Mirror {
        /** How long the record of a mirrored issue is kept after its last update; then search finds the copy. */
        @WithDefault("P180D")
        Duration keepFor();
    }
}
