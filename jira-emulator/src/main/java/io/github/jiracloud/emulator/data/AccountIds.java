package io.github.jiracloud.emulator.data;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Atlassian account ids look like {@code 712020:8f2c...}; the emulator derives them from the email, so they are stable.
 */
public final class AccountIds {

    private static final String PREFIX = "712020:";

    private AccountIds() {
    }

    public static String forEmail(String email) {
        return PREFIX + UUID.nameUUIDFromBytes(("account:" + email).getBytes(StandardCharsets.UTF_8));
    }
}
