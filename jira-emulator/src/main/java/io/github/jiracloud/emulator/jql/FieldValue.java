package io.github.jiracloud.emulator.jql;

import java.util.Set;

/**
 * One value a field holds on an issue, prepared for every kind of comparison JQL can make with it.
 *
 * @param names lower-case spellings an operand may equal, e.g. a project's id, key and name
 * @param order what {@code <}, {@code >} compare, e.g. a priority's rank or a minute; null if unordered
 * @param text what {@code ~} searches
 * @param raw the JSON value it came from, for matchers that need more (a sprint's state)
 */
record FieldValue(Set<String> names, Comparable<?> order, String text, Object raw) {
}
