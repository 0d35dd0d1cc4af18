package io.github.jiracloud.camel.scope;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.github.jiracloud.camel.JiraOperation;

/**
 * The OAuth 2.0 scopes of every call in {@link OperationCalls}, read from {@link #RESOURCE}: a table generated from
 * Atlassian's OpenAPI specs by {@code ScopeTableTest}, which fails the build when it is stale. The specs themselves
 * stay
 * outside the component.
 */
public final class ScopeCatalogue {

    public static final String RESOURCE = "/META-INF/io/github/jiracloud/camel/jira-scopes.txt";
    /** Written for a call any token may make. */
    static final String ANY = "-";

    private static final ScopeCatalogue BUNDLED = load();

    private final Map<RestCall, CallScopes> byCall;

    ScopeCatalogue(Map<RestCall, CallScopes> byCall) {
        this.byCall = Map.copyOf(byCall);
    }

    /** The table in the component's jar. */
    public static ScopeCatalogue bundled() {
        return BUNDLED;
    }

    /** The scopes of a call, when the table has it. */
    public Optional<CallScopes> of(RestCall call) {
        return Optional.ofNullable(byCall.get(call));
    }

    /** The scopes of the declared call a request is, e.g. to name them when Jira refuses the request's scopes. */
    public Optional<CallScopes> forRequest(String method, String path) {
        return OperationCalls.matching(method, path).flatMap(this::of);
    }

    /** The scopes of each call of the operations, in template order. */
    public List<CallScopes> of(Collection<JiraOperation> operations) {
        List<CallScopes> scopes = new ArrayList<>();
        OperationCalls.of(operations).forEach(call -> of(call).ifPresent(scopes::add));
        return scopes;
    }

    /** Classic scopes where a call has them, else its granular ones: what an app for these operations asks for. */
    public Set<String> recommended(Collection<JiraOperation> operations) {
        return of(operations).stream().flatMap(call -> call.recommended().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The scopes the operations need that {@code granted} lacks; empty when it covers them all. */
    public Set<String> missing(Collection<JiraOperation> operations, Set<String> granted) {
        return of(operations).stream().flatMap(call -> call.missingFrom(granted).stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The table's text: one line per call, {@code METHOD template = scopes | scopes}. */
    public String format() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(byCall).values().forEach(call -> text.append(call.call()).append(" = ")
                .append(call.alternatives().isEmpty()
                        ? ANY
                        : call.alternatives().stream().map(scopes -> String.join(" ", scopes))
                                .collect(Collectors.joining(" | ")))
                .append('\n'));
        return text.toString();
    }

    static ScopeCatalogue parse(BufferedReader lines) throws IOException {
        Map<RestCall, CallScopes> byCall = new TreeMap<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf(" = ");
            RestCall call = RestCall.parse(line.substring(0, equals));
            String scopes = line.substring(equals + 3).strip();
            List<Set<String>> alternatives = ANY.equals(scopes)
                    ? List.of()
                    : Arrays.stream(scopes.split("\\|")).map(alternative -> Set.of(alternative.strip().split(" ")))
                            .toList();
            byCall.put(call, new CallScopes(call, alternatives));
        }
        return new ScopeCatalogue(byCall);
    }

    private static ScopeCatalogue load() {
        try (InputStream in = ScopeCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new ScopeCatalogue(Map.of());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
