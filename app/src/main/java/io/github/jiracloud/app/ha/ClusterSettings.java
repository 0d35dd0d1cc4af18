package io.github.jiracloud.app.ha;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who runs the timers and pollers ({@code master:} routes) when several copies of the bundle run ({@code cluster.*}).
 */
@ConfigMapping(prefix = "cluster")
public interface ClusterSettings {

    /** {@code kubernetes}: a Lease per flow decides; {@code file}: a lock file decides, for one machine (dev, test). */
    @WithDefault("file")
    String service();

    FileLock file();

    Kubernetes kubernetes();

    /** The lock-file cluster service: the copies of the bundle must share {@link #root()}. */
    interface FileLock {

        /** The folder of the lock files. */
        String root();

        /** How long after the start the first attempt to take a lock waits (ms). */
        @WithDefault("1000")
        long acquireLockDelay();

        /** How often a copy that is not the leader tries again (ms). */
        @WithDefault("10000")
        long acquireLockInterval();
    }

    /** The Kubernetes cluster service: one Lease per master namespace, in the pod's namespace. */
    interface Kubernetes {

        /** The API server; unset = the pod's own (service account), or the local kubeconfig. */
        Optional<String> masterUrl();

        /** The namespace of the Leases; unset = the one the client finds (the pod's). */
        Optional<String> namespace();

        /**
         * The candidates are the running pods labelled {@code app.kubernetes.io/name=<this>} (so the Role must allow
         * listing pods); a pod outside that list never leads.
         */
        @WithDefault("jira-route-bundle")
        String appLabel();

        /** Lease names are {@code <prefix>-<master namespace>}, e.g. jira-route-bundle-bug-triage. */
        @WithDefault("jira-route-bundle")
        String leasePrefix();

        /** How long a Lease holds without renewal: the longest a flow stays without a leader after a crash (ms). */
        @WithDefault("15000")
        long leaseDuration();

        /** How long the leader keeps trying to renew before it stops its consumers (ms). */
        @WithDefault("10000")
        long renewDeadline();

        /** How often the others look at the Lease (ms). */
        @WithDefault("2000")
        long retryPeriod();
    }
}
