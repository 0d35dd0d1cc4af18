package io.github.jiracloud.emulator.api.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiRequest;

/**
 * The {@code reconcileIssues} parameter: issue ids that search reads as they are now, for read-after-write
 * consistency. The spec: "Strong consistency issue ids to be reconciled with search results. Accepts max 50 ids."
 * Jira's answer to more than 50 is not documented; the emulator refuses them with 400.
 */
public final class ReconcileIssues {

    static final int MAX = 50;
    static final String TOO_MANY = "The reconcileIssues parameter accepts at most " + MAX + " issue ids.";

    private ReconcileIssues() {
    }

    /** From query parameters, repeated or comma-separated (GET). */
    public static Set<Long> fromQuery(ApiRequest request) {
        List<String> values = request.queryList("reconcileIssues");
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : values) {
            try {
                ids.add(Long.valueOf(value));
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("The value '" + value + "' of parameter 'reconcileIssues' is not an "
                        + "issue id.");
            }
        }
        return checked(ids);
    }

    /** From a JSON body's array (POST); the spec validator has already checked that its items are integers. */
    static Set<Long> fromBody(Object value) {
        Set<Long> ids = new LinkedHashSet<>();
        if (value instanceof List<?> list) {
            list.stream().filter(Number.class::isInstance).map(item -> ((Number) item).longValue()).forEach(ids::add);
        }
        return checked(ids);
    }

    private static Set<Long> checked(Set<Long> ids) {
        if (ids.size() > MAX) {
            throw ApiException.badRequest(TOO_MANY);
        }
        return ids;
    }
}
