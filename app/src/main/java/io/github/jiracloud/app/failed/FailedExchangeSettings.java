package io.github.jiracloud.app.failed;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The store of failed exchanges ({@code failed-exchanges.*}); where it lives is {@code store.*}. */
@ConfigMapping(prefix = "failed-exchanges")
public interface FailedExchangeSettings {

    /** The most entries kept; when a new failure would pass it, the oldest is dropped (logged and counted). */
    @WithDefault("500")
    int maxEntries();

    /** Entries whose last failure is older are dropped (logged and counted). */
    @WithDefault("P30D")
    Duration maxAge();

    /** Inputs bigger than this are kept without their body: the entry says so, and cannot be replayed. */
    @WithDefault("65536")
    int maxBodyBytes();

    /**
     * The documents the entries are spread over (ConfigMaps {@code jira-route-bundle-records-failed-exchanges-<n>},
     * each up to 900 kB): with small inputs thousands of entries fit, with inputs at max-body-bytes about 13 each.
     */
    @WithDefault("16")
    int shards();

    /** How long a replay holds its entry: longer than a flow takes; a copy that dies mid-replay holds it this long. */
    @WithDefault("PT5M")
    Duration replayClaim();
}
