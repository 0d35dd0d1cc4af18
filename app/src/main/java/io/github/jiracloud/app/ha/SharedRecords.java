package io.github.jiracloud.app.ha;

import java.time.Instant;
import java.util.Optional;

/**
 * Small records that every replica of the bundle sees, each changed by compare-and-set, so that two replicas acting
 * on the same key at once never both win, and each with an expiry, so the store stays bounded. A file for one copy of
 * the bundle ({@link FileSharedRecords}), a ConfigMap on Kubernetes ({@link ConfigMapSharedRecords}).
 */
public interface SharedRecords {

    /** The key's value, or empty when there is none or it has expired. */
    Optional<String> get(String key);

    /**
     * Sets the key's value if it still holds {@code expected}.
     *
     * @param expected the value read before, or null for "no value (or an expired one)"
     * @param value the new value, or null to remove the key
     * @param expiresAt when the new value is forgotten (ignored when removing)
     * @return whether the value was set; false when another writer changed it first (read it again)
     */
    boolean compareAndSet(String key, String expected, String value, Instant expiresAt);

    /** Keys a store can hold: letters, digits, '.', '_' and '-' (a ConfigMap's rule), at most 253 characters. */
    static String checkedKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 253 || !key.matches("[-._a-zA-Z0-9]+")) {
            throw new IllegalArgumentException("A shared record key must be 1-253 letters, digits, '.', '_' or '-', "
                    + "was '" + key + "'");
        }
        return key;
    }
}
