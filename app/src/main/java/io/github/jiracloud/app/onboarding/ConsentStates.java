package io.github.jiracloud.app.onboarding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code state} of each consent started here: random, bound to the connection, the redirect URI and the browser
 * that started it (a key in a cookie), usable once, and short-lived. A callback whose state is not one of these, or
 * that arrives in another browser, was not started there (a forged link could otherwise bind a connection to
 * someone else's account), so it is refused before its code is looked at.
 */
final class ConsentStates {

    /**
     * Longer than the 10 minutes an authorization code lives, because the state's clock starts before the user signs
     * in to Atlassian (password, two-factor) and the code's only at consent.
     */
    static final Duration LIFETIME = Duration.ofMinutes(15);
    /**
     * A bound on memory. When it is reached the oldest attempt is forgotten rather than new ones refused, so a
     * flood of attempts can't lock onboarding for everyone (the pages are behind a login too).
     */
    static final int MAX_PENDING = 1_000;

    /** A consent started here: which connection, the redirect URI the token request must repeat, which browser. */
    record Pending(String connection, String redirectUri, String browserKey, Instant expiresAt) {

        boolean startedIn(String browser) {
            return browser != null && MessageDigest.isEqual(browserKey.getBytes(StandardCharsets.UTF_8),
                    browser.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final Clock clock;
    /** Oldest first, bounded: the oldest goes when a new one would exceed the bound. Guarded by this. */
    private final Map<String, Pending> pending = bounded();
    /** Used states, for a while, so that a replay is named as such. Guarded by this. */
    private final Map<String, Pending> used = bounded();
    /** The browser keys this application issued (key to expiry): a key a client made up is never one. */
    private final Map<String, Instant> issuedKeys = bounded();

    ConsentStates(Clock clock) {
        this.clock = clock;
    }

    /**
     * The key that binds this browser's consents: the one its cookie holds when this application issued it and it
     * is still live, else a new one. A key the client chose itself is never accepted (session fixation).
     */
    synchronized String browserKey(String presented) {
        forgetExpired();
        Instant now = clock.instant();
        if (presented != null && issuedKeys.containsKey(presented) && now.isBefore(issuedKeys.get(presented))) {
            issuedKeys.remove(presented);
            issuedKeys.put(presented, now.plus(LIFETIME));
            return presented;
        }
        String key = RandomTokens.next();
        issuedKeys.put(key, now.plus(LIFETIME));
        return key;
    }

    /** @param browserKey the starting browser's key, which its callback must present again */
    synchronized String begin(String connection, String redirectUri, String browserKey) {
        forgetExpired();
        String state = RandomTokens.next();
        pending.put(state, new Pending(connection, redirectUri, browserKey, clock.instant().plus(LIFETIME)));
        return state;
    }

    /**
     * Takes a state: whatever the outcome, it can't be used again.
     *
     * @param browserKey the key the callback's browser presents
     * @throws OnboardingProblem naming a mismatch (never issued here, forgotten, or started in another browser), a
     *     replay, or an expired state
     */
    synchronized Pending consume(String state, String browserKey) {
        Pending consent = state == null || state.isEmpty() ? null : pending.remove(state);
        if (consent == null) {
            Pending earlier = state == null ? null : used.get(state);
            if (earlier != null) {
                throw OnboardingProblem.badRequest("This answer from Atlassian was already used (state replay). "
                        + "Start again from the connections page.",
                        "callback with a state that was already used "
                                + "(replay)")
                        .about(earlier.connection());
            }
            throw OnboardingProblem.badRequest("This answer from Atlassian does not belong to a connection started "
                    + "here (state mismatch). Start again from the connections page.",
                    "callback with an unknown state (state mismatch)");
        }
        used.put(state, consent);
        if (!consent.startedIn(browserKey)) {
            throw OnboardingProblem.badRequest("This answer from Atlassian belongs to a connection started in another "
                    + "browser (state mismatch). Start again from the connections page, in this browser.",
                    "callback in a browser other than the one that started it (state mismatch)")
                    .about(consent.connection());
        }
        if (!clock.instant().isBefore(consent.expiresAt())) {
            throw OnboardingProblem.badRequest("The connection attempt took longer than " + LIFETIME.toMinutes()
                    + " minutes and expired. Start again from the connections page.",
                    "callback with an expired "
                            + "state")
                    .about(consent.connection());
        }
        return consent;
    }

    /** Expired states are kept for another lifetime, so that a late callback hears "expired", not "unknown". */
    private void forgetExpired() {
        Instant forgetBefore = clock.instant().minus(LIFETIME);
        pending.values().removeIf(consent -> consent.expiresAt().isBefore(forgetBefore));
        used.values().removeIf(consent -> consent.expiresAt().isBefore(forgetBefore));
        issuedKeys.values().removeIf(expiry -> !clock.instant().isBefore(expiry));
    }

    /** An insertion-ordered map that drops its eldest entry beyond {@link #MAX_PENDING}. */
    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_PENDING;
            }
        };
    }
}
