package io.github.jiracloud.emulator.jql;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fields whose values are named things: projects, statuses, users, labels, versions, sprints.
 * A value equals an operand that spells any of its identifiers, case-insensitively, so
 * {@code project = OPS}, {@code project = 10000} and {@code project = "Operations"} all match.
 */
final class NamedValueType implements ValueType {

    static final NamedValueType PLAIN = new NamedValueType(Set.of(), false);
    static final NamedValueType USER = new NamedValueType(Set.of(JqlFunction.Kind.USER), false);
    static final NamedValueType SPRINT = new NamedValueType(Set.of(JqlFunction.Kind.SPRINT), false);
    static final NamedValueType PRIORITY = new NamedValueType(Set.of(), true);

    /** JSON keys that identify a named thing, in the order used to pick its display text. */
    private static final List<String> IDENTIFYING_KEYS = List.of("name", "displayName", "value", "key", "id",
            "accountId", "emailAddress");

    private final Set<JqlFunction.Kind> functionKinds;
    private final boolean rankedAsPriority;

    private NamedValueType(Set<JqlFunction.Kind> functionKinds, boolean rankedAsPriority) {
        this.functionKinds = functionKinds;
        this.rankedAsPriority = rankedAsPriority;
    }

    @Override
    public Set<Operator> operators() {
        Set<Operator> operators = EnumSet.copyOf(Operator.EQUALITY);
        if (rankedAsPriority) {
            operators.addAll(Operator.RELATIONAL);
        }
        return operators;
    }

    @Override
    public Set<JqlFunction.Kind> functionKinds() {
        return functionKinds;
    }

    @Override
    public FieldValue toFieldValue(Object raw, JqlContext context) {
        Set<String> names = new LinkedHashSet<>();
        if (raw instanceof Map<?, ?> map) {
            for (String key : IDENTIFYING_KEYS) {
                Object identifier = map.get(key);
                if (identifier instanceof String || identifier instanceof Number) {
                    names.add(identifier.toString().toLowerCase(Locale.ROOT));
                }
            }
        } else if (raw != null && !raw.toString().isBlank()) {
            names.add(raw.toString().toLowerCase(Locale.ROOT));
        }
        if (names.isEmpty()) {
            return null;
        }
        Comparable<?> order = rankedAsPriority ? PriorityRank.of(raw) : null;
        return new FieldValue(Set.copyOf(names), order, displayText(raw), raw);
    }

    @Override
    public OperandValue literal(String text, String fieldName, JqlContext context) {
        return OperandValue.named(text, rankedAsPriority ? PriorityRank.ofText(text) : null);
    }

    @Override
    public Comparable<?> sortKey(Object raw, JqlContext context) {
        if (rankedAsPriority) {
            return PriorityRank.of(raw);
        }
        String display = displayText(raw);
        return display == null ? null : display.toLowerCase(Locale.ROOT);
    }

    private static String displayText(Object raw) {
        if (!(raw instanceof Map<?, ?> map)) {
            return raw == null ? null : raw.toString();
        }
        for (String key : IDENTIFYING_KEYS) {
            Object identifier = map.get(key);
            if (identifier != null) {
                return identifier.toString();
            }
        }
        return null;
    }
}
