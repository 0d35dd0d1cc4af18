package io.github.jiracloud.emulator.data;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Site-wide permissions the emulator checks. Only "Make bulk changes" ({@code BULK_CHANGE}) so far, which a fresh
 * Jira Cloud site grants to every user; tests take it away from an account to see the 403.
 */
public final class GlobalPermissions {

    public static final String BULK_CHANGE = "BULK_CHANGE";

    private final Set<String> deniedBulkChange = ConcurrentHashMap.newKeySet();

    public boolean mayBulkChange(String accountId) {
        return !deniedBulkChange.contains(accountId);
    }

    public void revokeBulkChange(String accountId) {
        deniedBulkChange.add(accountId);
    }

    public void grantBulkChange(String accountId) {
        deniedBulkChange.remove(accountId);
    }
}
