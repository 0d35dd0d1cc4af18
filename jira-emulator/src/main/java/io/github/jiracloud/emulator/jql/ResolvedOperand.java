package io.github.jiracloud.emulator.jql;

import java.util.ArrayList;
import java.util.List;

/**
 * An operand turned into values of its field's type. {@code includesEmpty} is set by EMPTY or NULL, alone
 * or in a list: {@code assignee in (EMPTY, bob)} matches unassigned issues and bob's.
 */
record ResolvedOperand(boolean includesEmpty, List<OperandValue> values) {

    static ResolvedOperand resolve(Operand operand, Field field, JqlContext context, String typedFieldName) {
        List<OperandValue> values = new ArrayList<>();
        boolean includesEmpty = addResolved(operand, field, context, typedFieldName, values);
        return new ResolvedOperand(includesEmpty, List.copyOf(values));
    }

    /** Adds the values {@code operand} stands for; returns whether it stands for EMPTY. */
    private static boolean addResolved(Operand operand, Field field, JqlContext context, String typedFieldName,
            List<OperandValue> values) {
        if (operand instanceof Operand.Empty) {
            return true;
        }
        if (operand instanceof Operand.ValueList list) {
            boolean anyEmpty = false;
            for (Operand item : list.items()) {
                anyEmpty |= addResolved(item, field, context, typedFieldName, values);
            }
            return anyEmpty;
        }
        if (operand instanceof Operand.FunctionCall call) {
            values.add(FunctionEvaluator.evaluate(call, field.type().functionKinds(), typedFieldName, context));
            return false;
        }
        Operand.Value value = (Operand.Value) operand;
        if (!value.quoted() && value.text().equalsIgnoreCase(field.emptyValueAlias())) {
            return true;
        }
        values.add(field.type().literal(value.text(), typedFieldName, context));
        return false;
    }
}
