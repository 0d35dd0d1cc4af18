package io.github.jiracloud.emulator.jql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a parsed query into a runnable one: resolves field names, checks each clause the way Jira does
 * (operator allowed for the field, operand of the right shape, dates and functions valid), and pushes
 * NOT down to the clauses (see {@link Operator#negated()}).
 */
final class QueryCompiler {

    private final JqlContext context;
    private final Set<String> referencedFields = new LinkedHashSet<>();

    private QueryCompiler(JqlContext context) {
        this.context = context;
    }

    static JqlQuery compile(String jql, ParsedQuery parsed, JqlContext context) {
        QueryCompiler compiler = new QueryCompiler(context);
        Condition where = parsed.where() == null ? null : compiler.condition(parsed.where(), false);
        List<Ordering.SortKey> sortKeys = compiler.sortKeys(parsed.orderBy());
        return new JqlQuery(jql, where, Ordering.of(sortKeys, context), List.copyOf(compiler.referencedFields));
    }

    private Condition condition(Clause clause, boolean negated) {
        if (clause instanceof Clause.Not not) {
            return condition(not.clause(), !negated);
        }
        if (clause instanceof Clause.And and) {
            List<Condition> conditions = conditions(and.clauses(), negated);
            return negated ? new Condition.AnyOf(conditions) : new Condition.AllOf(conditions);
        }
        if (clause instanceof Clause.Or or) {
            List<Condition> conditions = conditions(or.clauses(), negated);
            return negated ? new Condition.AllOf(conditions) : new Condition.AnyOf(conditions);
        }
        return terminal((Clause.Terminal) clause, negated);
    }

    private List<Condition> conditions(List<Clause> clauses, boolean negated) {
        List<Condition> conditions = new ArrayList<>();
        clauses.forEach(clause -> conditions.add(condition(clause, negated)));
        return List.copyOf(conditions);
    }

    private Condition terminal(Clause.Terminal clause, boolean negated) {
        Field field = FieldCatalog.resolve(clause.field(), context);
        checkOperator(clause, field);
        checkOperandShape(clause);
        // Resolving once here reports bad dates and unknown functions now, not when the query first runs.
        ResolvedOperand.resolve(clause.operand(), field, context, clause.field());
        referencedFields.add(field.name());
        Operator operator = negated ? clause.operator().negated() : clause.operator();
        return new FieldCondition(field, clause.field(), operator, clause.operand(), context);
    }

    private static void checkOperator(Clause.Terminal clause, Field field) {
        if (!field.type().operators().contains(clause.operator())) {
            throw new JqlException("The operator '" + clause.operator().symbol()
                    + "' is not supported by the '" + clause.field() + "' field.");
        }
    }

    private static void checkOperandShape(Clause.Terminal clause) {
        Operator operator = clause.operator();
        Operand operand = clause.operand();
        String quotedOperator = "The operator '" + operator.symbol() + "'";
        if (operator.takesOnlyEmpty() && !(operand instanceof Operand.Empty)) {
            throw new JqlException(quotedOperator + " only supports the use of EMPTY or NULL with the '"
                    + clause.field() + "' field.");
        }
        if (operator.takesList()
                && !(operand instanceof Operand.ValueList || operand instanceof Operand.FunctionCall)) {
            throw new JqlException(quotedOperator + " requires a list of values or a function for the '"
                    + clause.field() + "' field, e.g. " + clause.field() + " " + operator.symbol() + " (A, B).");
        }
        if (!operator.takesList() && operand instanceof Operand.ValueList) {
            throw new JqlException(quotedOperator + " does not support a list of values for the '"
                    + clause.field() + "' field; use 'in' instead.");
        }
        if (operator.isRelational() && operand instanceof Operand.Empty) {
            throw new JqlException(quotedOperator + " does not support the use of EMPTY or NULL with the '"
                    + clause.field() + "' field.");
        }
    }

    private List<Ordering.SortKey> sortKeys(List<SortItem> items) {
        List<Ordering.SortKey> keys = new ArrayList<>();
        for (SortItem item : items) {
            Field field = FieldCatalog.resolve(item.field(), context);
            if (!field.sortable()) {
                throw new JqlException("Field '" + item.field() + "' does not support sorting.");
            }
            keys.add(new Ordering.SortKey(field, item.descending()));
        }
        return List.copyOf(keys);
    }
}
