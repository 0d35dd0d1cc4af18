package io.github.jiracloud.app.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.jiracloud.camel.auth.TokenGrant;

/**
 * Consents that cover several sites, waiting for the user to pick one. The tokens stay here, in memory, under a
 * random single-use id until then: nothing is stored for the connection before its site is known.
 */
final class SiteChoices {

    static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final int MAX_PENDING = 100;

    /** @param browserKey the browser whose consent this is: only it may make the choice */
    record Pending(String connection, TokenGrant grant, List<AccessibleSite> sites, String browserKey,
            Instant expiresAt) {

        Optional<AccessibleSite> site(String cloudId) {
            return sites.stream().filter(site -> site.cloudId().equals(cloudId)).findFirst();
        }

        @Override
        public String toString() {
            return "Pending[connection=" + connection + ", sites=" + sites.size() + "]";
        }
    }

    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    SiteChoices(Clock clock) {
        this.clock = clock;
    }

    String offer(String connection, TokenGrant grant, List<AccessibleSite> sites, String browserKey) {
        Instant now = clock.instant();
        pending.values().removeIf(choice -> !now.isBefore(choice.expiresAt()));
        if (pending.size() >= MAX_PENDING) {
            throw OnboardingProblem.unavailable("Too many site choices are waiting; try again in a few minutes.",
                    "refused to keep a site choice: " + MAX_PENDING + " are waiting");
        }
        String id = RandomTokens.next();
        pending.put(id, new Pending(connection, grant, List.copyOf(sites), browserKey, now.plus(LIFETIME)));
        return id;
    }

    /**
     * The waiting choice, once; empty when unknown, already taken, expired, started for another connection, or in
     * another browser (a choice id that leaked, e.g. through a shared screen, is of no use elsewhere).
     */
    Optional<Pending> take(String id, String connection, String browserKey) {
        Pending choice = id == null ? null : pending.get(id);
        if (choice == null || browserKey == null || !java.security.MessageDigest.isEqual(
                choice.browserKey().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                browserKey.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        pending.remove(id);
        if (!choice.connection().equals(connection) || !clock.instant().isBefore(choice.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(choice);
    }
}
