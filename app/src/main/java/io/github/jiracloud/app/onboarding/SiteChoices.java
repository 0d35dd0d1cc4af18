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

    record Pending(String connection, TokenGrant grant, List<AccessibleSite> sites, Instant expiresAt) {

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

    String offer(String connection, TokenGrant grant, List<AccessibleSite> sites) {
        Instant now = clock.instant();
        pending.values().removeIf(choice -> !now.isBefore(choice.expiresAt()));
        if (pending.size() >= MAX_PENDING) {
            throw OnboardingProblem.unavailable("Too many site choices are waiting; try again in a few minutes.",
                    "refused to keep a site choice: " + MAX_PENDING + " are waiting");
        }
        String id = RandomTokens.next();
        pending.put(id, new Pending(connection, grant, List.copyOf(sites), now.plus(LIFETIME)));
        return id;
    }

    /** The waiting choice, once; empty when unknown, already taken, expired, or started for another connection. */
    Optional<Pending> take(String id, String connection) {
        Pending choice = id == null ? null : pending.remove(id);
        if (choice == null || !choice.connection().equals(connection)
                || !clock.instant().isBefore(choice.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(choice);
    }
}
