package io.github.jiracloud.emulator.jql;

import java.util.Set;

/**
 * How one kind of field (dates, named things, free text, ...) is read from an issue and compared with
 * operands. The field says where its values are; the type says what they mean.
 */
interface ValueType {

    /** The operators Jira allows on this kind of field. */
    Set<Operator> operators();

    /** The kinds of function whose values this kind of field can be compared with. */
    Set<JqlFunction.Kind> functionKinds();

    /** One JSON value of the field, prepared for matching; null when it counts as no value. */
    FieldValue toFieldValue(Object raw, JqlContext context);

    /** A value written in the query; throws {@link JqlException} when it can't be one of this type. */
    OperandValue literal(String text, String fieldName, JqlContext context);

    /** What ORDER BY sorts this value by; null sorts as "no value". */
    Comparable<?> sortKey(Object raw, JqlContext context);
}
