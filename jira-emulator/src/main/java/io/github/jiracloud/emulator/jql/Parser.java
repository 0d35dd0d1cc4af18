package io.github.jiracloud.emulator.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for JQL syntax. Precedence, loosest first: OR, AND, NOT; parentheses group.
 * It checks only syntax: whether a field exists is the compiler's question, so a query with both a
 * typo'd field and a missing ')' reports the syntax error first, as Jira does.
 */
final class Parser {

    private static final String VALID_OPERATORS = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', "
            + "'!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

    /** Words that must be quoted to be used as a field name or value. */
    private static final Set<String> RESERVED_WORDS = Set.of("and", "or", "not", "empty", "null", "order", "by", "asc",
            "desc", "in", "is", "was", "changed");

    private final String jql;
    private final List<Token> tokens;
    private int index;

    private Parser(String jql) {
        this.jql = jql;
        this.tokens = Lexer.tokenize(jql);
    }

    static ParsedQuery parse(String jql) {
        return new Parser(jql).query();
    }

    private ParsedQuery query() {
        Clause where = null;
        if (!peek().is(Token.Type.END) && !peek().isKeyword("order")) {
            where = orClause();
        }
        List<SortItem> orderBy = List.of();
        if (peek().isKeyword("order")) {
            orderBy = orderBy();
        }
        if (!peek().is(Token.Type.END)) {
            throw unexpected(orderBy.isEmpty() ? "Expecting either 'OR' or 'AND'" : "Expecting ','", peek());
        }
        return new ParsedQuery(where, orderBy);
    }

    private Clause orClause() {
        List<Clause> clauses = new ArrayList<>(List.of(andClause()));
        while (peek().isKeyword("or") || peek().is(Token.Type.PIPE)) {
            index++;
            clauses.add(andClause());
        }
        return clauses.size() == 1 ? clauses.get(0) : new Clause.Or(List.copyOf(clauses));
    }

    private Clause andClause() {
        List<Clause> clauses = new ArrayList<>(List.of(notClause()));
        while (peek().isKeyword("and") || peek().is(Token.Type.AMPERSAND)) {
            index++;
            clauses.add(notClause());
        }
        return clauses.size() == 1 ? clauses.get(0) : new Clause.And(List.copyOf(clauses));
    }

    private Clause notClause() {
        if (peek().isKeyword("not") || peek().is(Token.Type.BANG)) {
            index++;
            return new Clause.Not(notClause());
        }
        if (peek().is(Token.Type.LEFT_PAREN)) {
            index++;
            Clause inner = orClause();
            expect(Token.Type.RIGHT_PAREN, "')'");
            return inner;
        }
        return terminalClause();
    }

    private Clause terminalClause() {
        Token field = next();
        if (field.is(Token.Type.END)) {
            throw JqlException.syntaxAtEnd("Expecting a field name before the end of the query.");
        }
        if (!field.is(Token.Type.WORD) && !field.is(Token.Type.QUOTED)) {
            throw unexpected("Expecting a field name", field);
        }
        rejectReservedWord(field);
        Operator operator = operator();
        Operand operand = operand(operator);
        return new Clause.Terminal(field.text(), field.offset(), operator, operand);
    }

    private Operator operator() {
        Token token = next();
        if (token.is(Token.Type.OPERATOR)) {
            return Operator.fromSymbol(token.text());
        }
        if (token.isKeyword("in")) {
            return Operator.IN;
        }
        if (token.isKeyword("not")) {
            expectKeyword("in");
            return Operator.NOT_IN;
        }
        if (token.isKeyword("is")) {
            if (peek().isKeyword("not")) {
                index++;
                return Operator.IS_NOT;
            }
            return Operator.IS;
        }
        if (token.isKeyword("was") || token.isKeyword("changed")) {
            throw JqlException.syntaxAt("The history operator '" + token.text().toUpperCase()
                    + "' is not supported by the Jira emulator.", jql, token.offset());
        }
        if (token.is(Token.Type.END)) {
            throw JqlException.syntaxAtEnd("Expecting operator before the end of the query. " + VALID_OPERATORS);
        }
        throw JqlException.syntaxAt("Expecting operator but got '" + token.text() + "'. " + VALID_OPERATORS,
                jql, token.offset());
    }

    private Operand operand(Operator operator) {
        if (peek().is(Token.Type.LEFT_PAREN) && !operator.takesOnlyEmpty()) {
            return valueList();
        }
        return singleOperand();
    }

    private Operand valueList() {
        index++;
        List<Operand> items = new ArrayList<>(List.of(singleOperand()));
        while (peek().is(Token.Type.COMMA)) {
            index++;
            items.add(singleOperand());
        }
        expectListEnd();
        return new Operand.ValueList(List.copyOf(items));
    }

    private void expectListEnd() {
        Token token = next();
        if (token.is(Token.Type.RIGHT_PAREN)) {
            return;
        }
        if (token.is(Token.Type.END)) {
            throw JqlException.syntaxAtEnd("Expecting ')' before the end of the query.");
        }
        throw unexpected("Expecting ',' or ')'", token);
    }

    /** A value, EMPTY/NULL or a function call; never a list. */
    private Operand singleOperand() {
        Token token = next();
        if (token.is(Token.Type.QUOTED)) {
            return new Operand.Value(token.text(), true, token.offset());
        }
        if (!token.is(Token.Type.WORD)) {
            if (token.is(Token.Type.END)) {
                throw JqlException
                        .syntaxAtEnd("Expecting either a value, list or function before the end of the query.");
            }
            throw unexpected("Expecting either a value, list or function", token);
        }
        if (token.isKeyword("empty") || token.isKeyword("null")) {
            return new Operand.Empty();
        }
        if (peek().is(Token.Type.LEFT_PAREN)) {
            return functionCall(token);
        }
        rejectReservedWord(token);
        return new Operand.Value(token.text(), false, token.offset());
    }

    private Operand functionCall(Token name) {
        index++;
        List<String> arguments = new ArrayList<>();
        if (peek().is(Token.Type.RIGHT_PAREN)) {
            index++;
            return new Operand.FunctionCall(name.text(), List.of(), name.offset());
        }
        do {
            Token argument = next();
            if (!argument.is(Token.Type.WORD) && !argument.is(Token.Type.QUOTED)) {
                if (argument.is(Token.Type.END)) {
                    throw JqlException.syntaxAtEnd("Expecting ')' before the end of the query.");
                }
                throw unexpected("Expecting a function argument", argument);
            }
            arguments.add(argument.text());
        } while (nextIsComma());
        expectListEnd();
        return new Operand.FunctionCall(name.text(), List.copyOf(arguments), name.offset());
    }

    private List<SortItem> orderBy() {
        index++;
        expectKeyword("by");
        List<SortItem> items = new ArrayList<>();
        do {
            items.add(sortItem());
        } while (nextIsComma());
        return List.copyOf(items);
    }

    private SortItem sortItem() {
        Token field = next();
        if (field.is(Token.Type.END)) {
            throw JqlException.syntaxAtEnd("Expecting a field name before the end of the query.");
        }
        if (!field.is(Token.Type.WORD) && !field.is(Token.Type.QUOTED)) {
            throw unexpected("Expecting a field name", field);
        }
        rejectReservedWord(field);
        boolean descending = false;
        if (peek().isKeyword("asc") || peek().isKeyword("desc")) {
            descending = next().isKeyword("desc");
        }
        return new SortItem(field.text(), field.offset(), descending);
    }

    private boolean nextIsComma() {
        if (peek().is(Token.Type.COMMA)) {
            index++;
            return true;
        }
        return false;
    }

    private void expect(Token.Type type, String description) {
        Token token = next();
        if (token.is(type)) {
            return;
        }
        if (token.is(Token.Type.END)) {
            throw JqlException.syntaxAtEnd("Expecting " + description + " before the end of the query.");
        }
        throw unexpected("Expecting " + description, token);
    }

    private void expectKeyword(String keyword) {
        String quoted = "'" + keyword.toUpperCase() + "'";
        Token token = next();
        if (token.isKeyword(keyword)) {
            return;
        }
        if (token.is(Token.Type.END)) {
            throw JqlException.syntaxAtEnd("Expecting " + quoted + " before the end of the query.");
        }
        throw unexpected("Expecting " + quoted, token);
    }

    private void rejectReservedWord(Token token) {
        if (token.is(Token.Type.WORD) && RESERVED_WORDS.contains(token.lowerText())) {
            throw JqlException.syntaxAt("'" + token.text() + "' is a reserved JQL word. "
                    + "You must surround it in quotation marks to use it in a query.", jql, token.offset());
        }
    }

    private JqlException unexpected(String expectation, Token token) {
        if (token.is(Token.Type.END)) {
            return JqlException.syntaxAtEnd(expectation + " before the end of the query.");
        }
        return JqlException.syntaxAt(expectation + " but got '" + token.text() + "'.", jql, token.offset());
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token next() {
        Token token = tokens.get(index);
        if (!token.is(Token.Type.END)) {
            index++;
        }
        return token;
    }
}
