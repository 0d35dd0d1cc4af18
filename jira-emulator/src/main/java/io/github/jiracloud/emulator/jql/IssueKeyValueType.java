package io.github.jiracloud.emulator.jql;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The issue itself, named by key or id ({@code key = OPS-1}, {@code id = 10001}). Keys compare within a
 * project by number, so {@code key > OPS-9} includes OPS-10.
 */
final class IssueKeyValueType implements ValueType {

    static final IssueKeyValueType INSTANCE = new IssueKeyValueType();

    private IssueKeyValueType() {
    }

    @Override
    public Set<Operator> operators() {
        Set<Operator> operators = EnumSet.copyOf(Operator.EQUALITY);
        operators.addAll(Operator.RELATIONAL);
        return operators;
    }

    @Override
    public Set<JqlFunction.Kind> functionKinds() {
        return Set.of();
    }

    /** {@code raw} is the whole issue, which holds both the key and the id. */
    @Override
    public FieldValue toFieldValue(Object raw, JqlContext context) {
        Set<String> names = new LinkedHashSet<>();
        Object key = IssueView.get(raw, "key");
        Object id = IssueView.get(raw, "id");
        if (key != null) {
            names.add(key.toString().toLowerCase(Locale.ROOT));
        }
        if (id != null) {
            names.add(id.toString());
        }
        if (names.isEmpty()) {
            return null;
        }
        String keyText = key == null ? null : key.toString();
        return new FieldValue(Set.copyOf(names), IssueKeyOrder.parse(keyText), keyText, raw);
    }

    @Override
    public OperandValue literal(String text, String fieldName, JqlContext context) {
        IssueKeyOrder order = IssueKeyOrder.parse(text);
        if (order == null && !text.strip().matches("\\d+")) {
            throw new JqlException("The issue key '" + text + "' for field '" + fieldName + "' is invalid.");
        }
        return OperandValue.named(text.strip(), order);
    }

    @Override
    public Comparable<?> sortKey(Object raw, JqlContext context) {
        Object key = IssueView.get(raw, "key");
        return key == null ? null : IssueKeyOrder.parse(key.toString());
    }
}
