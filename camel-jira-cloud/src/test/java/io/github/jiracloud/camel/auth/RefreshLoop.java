package io.github.jiracloud.camel.auth;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The JVM that {@link RefreshTokenCrashTest} kills: refreshes the connection's token over and over, each refresh
 * saving the rotated refresh token to a {@link FileTokenStore}, until it is killed (or, bounded, after a minute).
 * Arguments: the emulator's base URL and the token directory. It prints {@code READY} after its first refresh, and
 * never a token.
 */
public final class RefreshLoop {

    private static final long MAX_RUN_MILLIS = 60_000;

    private RefreshLoop() {
    }

    public static void main(String[] args) {
        // Only one refresher lives at a time, so any temporary file found at a save is a dead one's leftover.
        FileTokenStore store = new FileTokenStore(Path.of(args[1]), Duration.ZERO);
        RefreshTokenProvider provider = EmulatorTokens.refreshing(args[0], store);
        // The first refresh loads the HTTP and JSON classes; once it is done, each turn is a few milliseconds.
        provider.invalidate(provider.accessToken());
        System.out.println("READY");
        System.out.flush();
        long deadline = System.currentTimeMillis() + MAX_RUN_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            // Forgetting the access token makes the next call refresh: one rotation per turn.
            provider.invalidate(provider.accessToken());
        }
    }
}
