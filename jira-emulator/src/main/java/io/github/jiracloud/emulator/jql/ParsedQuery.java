package io.github.jiracloud.emulator.jql;

import java.util.List;

/** The syntax tree of a whole query; {@code where} is null when the query has no conditions. */
record ParsedQuery(Clause where, List<SortItem> orderBy) {
}
