package io.github.jiracloud.app.onboarding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** A bound on memory: pages that start consents are not behind a login in dev, so anyone can start many. */
    private static final int MAX_PENDING = 1_000;

    /** A consent started here: which connection, the redirect URI the token request must repeat, which browser. */
    record Pending(String connection, String redirectUri, String browserKey, Instant expiresAt) {

        boolean startedIn(String browser) {
            return browser != null && MessageDigest.isEqual(browserKey.getBytes(StandardCharsets.UTF_8),
                    browser.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    /** Used states, for a while, so that a replay is named as such. */
    private final Map<String, Pending> used = new ConcurrentHashMap<>();

    ConsentStates(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param browserKey the starting browser's key, which its callback must present again
     * @throws OnboardingProblem when too many consents are in progress
     */
    String begin(String connection, String redirectUri, String browserKey) {
        forgetExpired();
        if (pending.size() >= MAX_PENDING) {
            throw OnboardingProblem.unavailable(
                    "Too many connection attempts are in progress; try again in a few minutes.",
                    "refused to start a consent: " + MAX_PENDING + " are pending");
        }
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
    Pending consume(String state, String browserKey) {
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
    }
}
