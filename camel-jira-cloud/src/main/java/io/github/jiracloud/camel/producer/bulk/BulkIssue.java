package io.github.jiracloud.camel.producer.bulk;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One issue of a bulk action's input: where it stands in the input, how it was given, and what Jira knows it as.
 *
 * @param index its position in the whole input (the List, or the order the search delivered)
 * @param given the key or id as given, or the key the search found
 * @param statusId its status when it was read, for choosing transitions; null when not known
 */
record BulkIssue(int index, String given, String id, String key, String statusId) {

    /** What a bulk action's result lists for an issue it changed. */
    Map<String, Object> result() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", id);
        result.put("key", key);
        return result;
    }
}
