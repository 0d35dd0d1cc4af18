package io.github.jiracloud.camel.producer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;

/**
 * The site's fields as {@code GET /rest/api/3/field} lists them, so bodies may name fields as people see them
 * ("Story Points") instead of by id ({@code customfield_10016}). Fetched once per connection on first need, and
 * fetched again once when a name is missing, so a field added to the site later is found without a restart.
 * Thread-safe: the list is replaced whole.
 */
public final class FieldCatalogue {

    private static final int SUGGESTIONS = 5;

    /** One field: its id, the name people see, and Jira's schema ({@code type}, {@code items}, {@code custom}). */
    public record Field(String id, String name, boolean custom, Map<String, Object> schema) {

        public String schemaText(String key) {
            Object value = schema.get(key);
            return value == null ? "" : value.toString();
        }

        /** What a person needs to tell two fields apart: id, name and type. */
        public String describe() {
            String custom = schemaText("custom");
            String type = custom.isEmpty() ? schemaText("type") : custom.substring(custom.lastIndexOf(':') + 1);
            return id + " (" + name + (type.isEmpty() ? "" : ", " + type) + ")";
        }
    }

    private volatile List<Field> fields;
    /** Keys already looked for in vain since the last fetch: another miss on them fetches nothing. */
    private final Set<String> missedSinceFetch = ConcurrentHashMap.newKeySet();

    public static FieldCatalogue of(JiraClient client) {
        return client.state(FieldCatalogue.class, FieldCatalogue::new);
    }

    /**
     * The field a body key means: a field id, else a field name (exact, then ignoring case).
     *
     * @throws IllegalArgumentException when no field has that name, listing close names, or when several do,
     *     listing them
     */
    Field resolve(String key, JiraClient client) {
        List<Field> matches = matching(key, fields(client, false));
        if (matches.isEmpty() && !missedSinceFetch.contains(key)) {
            matches = matching(key, fields(client, true));
            if (matches.isEmpty()) {
                missedSinceFetch.add(key);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("No Jira field has the id or name '" + key + "'" + suggestions(key)
                    + ". Name a field by its id (e.g. summary, customfield_10016) or its exact name as GET "
                    + "/rest/api/3/field lists it");
        }
        throw new IllegalArgumentException("The field name '" + key + "' is ambiguous: " + matches.size()
                + " fields have it: " + matches.stream().map(Field::describe).collect(Collectors.joining(", "))
                + ". Use the id of the one you mean as the key");
    }

    /** The field with this id, or empty when the site has none (even after fetching the list again). */
    public Optional<Field> byId(String id, JiraClient client) {
        Optional<Field> field = withId(id, fields(client, false));
        if (field.isEmpty() && !missedSinceFetch.contains(id)) {
            field = withId(id, fields(client, true));
            if (field.isEmpty()) {
                missedSinceFetch.add(id);
            }
        }
        return field;
    }

    private static Optional<Field> withId(String id, List<Field> fields) {
        return fields.stream().filter(field -> field.id().equals(id)).findFirst();
    }

    private static List<Field> matching(String key, List<Field> fields) {
        Optional<Field> byId = withId(key, fields);
        if (byId.isPresent()) {
            return List.of(byId.get());
        }
        List<Field> exact = fields.stream().filter(field -> field.name().equals(key)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return fields.stream().filter(field -> field.name().equalsIgnoreCase(key.strip())).toList();
    }

    private List<Field> fields(JiraClient client, boolean refresh) {
        List<Field> known = fields;
        if (known != null && !refresh) {
            return known;
        }
        synchronized (this) {
            // Another thread may have fetched while this one waited; one fetch serves both.
            if (fields != known && fields != null) {
                return fields;
            }
            fields = fetch(client);
            missedSinceFetch.clear();
            return fields;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Field> fetch(JiraClient client) {
        Object answer = client.call(JiraRequest.get("/rest/api/3/field"));
        List<Field> fields = new ArrayList<>();
        if (answer instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> field && field.get("id") != null) {
                    Object schema = field.get("schema");
                    fields.add(new Field(field.get("id").toString(), String.valueOf(field.get("name")),
                            Boolean.TRUE.equals(field.get("custom")),
                            schema instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of()));
                }
            }
        }
        return List.copyOf(fields);
    }

    /** Names that look like the missing one: the same letters give or take a typo, or one containing the other. */
    private String suggestions(String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        List<Field> close = fields.stream()
                .filter(field -> isClose(wanted, field.name().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt(field -> distance(wanted, field.name().toLowerCase(Locale.ROOT))))
                .limit(SUGGESTIONS)
                .toList();
        return close.isEmpty()
                ? ""
                : "; close names: "
                        + close.stream().map(Field::describe).collect(Collectors.joining(", "));
    }

    private static boolean isClose(String wanted, String name) {
        boolean containing = name.length() >= 3 && wanted.length() >= 3
                && (name.contains(wanted) || wanted.contains(name));
        return containing || distance(wanted, name) <= Math.max(2, wanted.length() / 4);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
