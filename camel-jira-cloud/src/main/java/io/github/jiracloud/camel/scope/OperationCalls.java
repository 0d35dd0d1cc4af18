package io.github.jiracloud.camel.scope;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.github.jiracloud.camel.JiraOperation;

/**
 * The HTTP calls of the catalogue, across operations: each operation declares its own ({@link JiraOperation#calls()});
 * this finds the call a request is (for scopes and rate limits) and the calls of a set of operations (a flow's).
 */
public final class OperationCalls {

    private static final Set<RestCall> ALL = Collections.unmodifiableSet(new TreeSet<>(
            Arrays.stream(JiraOperation.values()).flatMap(operation -> operation.calls().stream()).toList()));

    private OperationCalls() {
    }

    /** Every declared call, once, in template order. */
    public static Set<RestCall> all() {
        return ALL;
    }

    /** The operations' calls, once each. */
    public static Set<RestCall> of(Collection<JiraOperation> operations) {
        Set<RestCall> calls = new TreeSet<>();
        operations.forEach(operation -> calls.addAll(operation.calls()));
        return calls;
    }

    /** The declared call a request is, the most specific one when several templates fit. */
    public static Optional<RestCall> matching(String method, String path) {
        return all().stream().filter(call -> call.matches(method, path))
                .max((a, b) -> Integer.compare(a.specificity(), b.specificity()));
    }
}
