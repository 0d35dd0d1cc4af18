package io.github.jiracloud.emulator.jql;

import java.util.Locale;
import java.util.Set;

/**
 * Free-text fields: summary, description, environment, comments. Jira allows only {@code ~}, {@code !~}
 * and emptiness checks on them; a rich-text (ADF) value is searched by its plain text.
 */
final class TextValueType implements ValueType {

    static final TextValueType INSTANCE = new TextValueType();

    private TextValueType() {
    }

    @Override
    public Set<Operator> operators() {
        return Operator.TEXT;
    }

    @Override
    public Set<JqlFunction.Kind> functionKinds() {
        return Set.of();
    }

    @Override
    public FieldValue toFieldValue(Object raw, JqlContext context) {
        String text = AdfText.plainText(raw);
        return text.isBlank() ? null : new FieldValue(Set.of(), null, text, raw);
    }

    @Override
    public OperandValue literal(String text, String fieldName, JqlContext context) {
        return OperandValue.searchText(text);
    }

    @Override
    public Comparable<?> sortKey(Object raw, JqlContext context) {
        String text = AdfText.plainText(raw);
        return text.isBlank() ? null : text.toLowerCase(Locale.ROOT);
    }
}
