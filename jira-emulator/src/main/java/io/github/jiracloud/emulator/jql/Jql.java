package io.github.jiracloud.emulator.jql;

/**
 * Entry point of the JQL engine: {@code Jql.parse("project = OPS ORDER BY key")}.
 *
 * <p>Parsing checks everything Jira checks before running a query (syntax, field names, operators per
 * field, date formats, functions) and throws {@link JqlException} with Jira's wording.
 */
public final class Jql {

    private Jql() {
    }

    /** Parses with an anonymous caller, the system clock in UTC and no named custom fields. */
    public static JqlQuery parse(String jql) {
        return parse(jql, JqlContext.defaults());
    }

    /** Parses for a caller: {@code currentUser()}, "now" and custom field names come from the context. */
    public static JqlQuery parse(String jql, JqlContext context) {
        String text = jql == null ? "" : jql;
        JqlContext effectiveContext = context == null ? JqlContext.defaults() : context;
        return QueryCompiler.compile(text, Parser.parse(text), effectiveContext);
    }
}
