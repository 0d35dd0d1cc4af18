package io.github.jiracloud.camel.client;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a JQL search asks for: the query, the fields, expansions and entity properties to return, and the issue ids
 * to read as they are now ({@code reconcileIssues}: search lags writes, these ids it does not). Build with
 * {@link #of(String)} and the {@code with...} methods.
 *
 * @param fields the fields to return, e.g. {@code *navigable}
 * @param expand comma-separated expansions, or null
 * @param properties issue entity properties to return with each issue, up to 5
 * @param reconcileIssues issue ids for read-after-write, up to 50 (Jira's limits)
 */
public record JqlQuery(String jql, List<String> fields, String expand, List<String> properties,
        List<Long> reconcileIssues) {

    /** Jira reconciles at most this many issue ids per search. */
    public static final int MAX_RECONCILE_ISSUES = 50;

    public JqlQuery {
        fields = List.copyOf(fields);
        properties = List.copyOf(properties);
        reconcileIssues = List.copyOf(reconcileIssues);
        if (reconcileIssues.size() > MAX_RECONCILE_ISSUES) {
            throw new IllegalArgumentException("Jira reconciles at most " + MAX_RECONCILE_ISSUES
                    + " issue ids per search, " + reconcileIssues.size() + " were given");
        }
    }

    /** The query with Jira's default fields and nothing else. */
    public static JqlQuery of(String jql) {
        return new JqlQuery(jql, List.of("*navigable"), null, List.of(), List.of());
    }

    public JqlQuery withFields(List<String> fields) {
        return new JqlQuery(jql, fields, expand, properties, reconcileIssues);
    }

    public JqlQuery withExpand(String expand) {
        return new JqlQuery(jql, fields, expand, properties, reconcileIssues);
    }

    public JqlQuery withProperties(List<String> properties) {
        return new JqlQuery(jql, fields, expand, properties, reconcileIssues);
    }

    public JqlQuery withReconcileIssues(List<Long> reconcileIssues) {
        return new JqlQuery(jql, fields, expand, properties, reconcileIssues);
    }

    /** The body of {@code POST /rest/api/3/search/jql}, without paging. */
    ObjectNode toBody() {
        ObjectNode body = JsonCodec.MAPPER.createObjectNode().put("jql", jql);
        ArrayNode fieldArray = body.putArray("fields");
        fields.forEach(fieldArray::add);
        if (expand != null && !expand.isBlank()) {
            body.put("expand", expand);
        }
        if (!properties.isEmpty()) {
            ArrayNode propertyArray = body.putArray("properties");
            properties.forEach(propertyArray::add);
        }
        if (!reconcileIssues.isEmpty()) {
            // The same ids on every page, as the spec asks.
            ArrayNode idArray = body.putArray("reconcileIssues");
            reconcileIssues.forEach(idArray::add);
        }
        return body;
    }
}
