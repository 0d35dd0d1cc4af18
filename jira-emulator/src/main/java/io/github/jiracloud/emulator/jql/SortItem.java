package io.github.jiracloud.emulator.jql;

/** One {@code field [ASC|DESC]} of an ORDER BY, with the field name as typed. */
record SortItem(String field, int offset, boolean descending) {
}
