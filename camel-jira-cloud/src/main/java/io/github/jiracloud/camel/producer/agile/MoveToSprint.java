package io.github.jiracloud.camel.producer.agile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * {@code agile/moveToSprint}: {@code POST /rest/agile/1.0/sprint/{sprintId}/issue} for any number of issues, in
 * requests of {@value #CHUNK} (Jira's limit per request). The body is the issues: a List (or Iterator) of keys, ids or
 * issue Maps such as search results, a comma-separated String, or a Map {@code {"issues": [...]}} whose other members
 * (rankBeforeIssue, ...) go with every request. The result is {@code {sprintId, moved, requests}}.
 *
 * <p>Requests run in order; if one fails the earlier ones stay done. Moving is idempotent, so sending the whole list
 * again is safe.
 */
public final class MoveToSprint implements JiraAction {

    static final int CHUNK = 50;
    private static final String EXAMPLE = "e.g. [\"OPS-1\", \"OPS-2\"] or {\"issues\": [\"OPS-1\", \"10001\"]}";

    private final JiraConfiguration configuration;

    public MoveToSprint(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        String sprintId = AgileActions.sprintId(exchange, configuration);
        Object body = ExchangeInputs.body(exchange, "agile/moveToSprint", "send the issues to move, " + EXAMPLE);
        ObjectNode options = JsonCodec.MAPPER.createObjectNode();
        List<String> issues = issues(body, options);
        String path = PathTemplate.expand(AgileActions.SPRINT + "/issue", sprintId);
        int requests = 0;
        for (int from = 0; from < issues.size(); from += CHUNK) {
            ObjectNode request = options.deepCopy();
            ArrayNode chunk = request.putArray("issues");
            issues.subList(from, Math.min(issues.size(), from + CHUNK)).forEach(chunk::add);
            Results.call(exchange, client, JiraRequest.post(path, request));
            requests++;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sprintId", sprintId);
        result.put("moved", issues.size());
        result.put("requests", requests);
        exchange.getMessage().setHeader(JiraConstants.SPRINT_ID, sprintId);
        exchange.getMessage().setBody(result);
    }

    /** The issue keys or ids of the body; the other members of a Map body go to {@code options}. */
    private static List<String> issues(Object body, ObjectNode options) {
        if (body instanceof CharSequence text && !text.toString().strip().startsWith("[")
                && !text.toString().strip().startsWith("{")) {
            return Arrays.stream(text.toString().split(",")).map(String::strip).filter(key -> !key.isEmpty()).toList();
        }
        if (body instanceof Iterator<?> iterator) {
            List<Object> issues = new ArrayList<>();
            iterator.forEachRemaining(issues::add);
            return refs(issues);
        }
        if (body instanceof Iterable<?> list && !(body instanceof JsonNode)) {
            return refs(list);
        }
        JsonNode tree = JsonCodec.toTree(body, "The agile/moveToSprint body");
        if (tree instanceof ObjectNode object && object.get("issues") instanceof ArrayNode issues) {
            object.fields().forEachRemaining(member -> {
                if (!"issues".equals(member.getKey())) {
                    options.set(member.getKey(), member.getValue());
                }
            });
            return refs(issues);
        }
        if (tree instanceof ArrayNode array) {
            return refs(array);
        }
        throw new IllegalArgumentException("The agile/moveToSprint body must list the issues to move, " + EXAMPLE);
    }

    private static List<String> refs(Iterable<?> issues) {
        List<String> keys = new ArrayList<>();
        issues.forEach(issue -> keys.add(issueRef(issue)));
        return keys;
    }

    private static String issueRef(Object issue) {
        Object ref = issue;
        if (issue instanceof JsonNode node) {
            ref = JsonCodec.MAPPER.convertValue(node, Object.class);
        }
        if (ref instanceof Map<?, ?> map) {
            ref = map.get("key") != null ? map.get("key") : map.get("id");
        }
        if (ref instanceof CharSequence || ref instanceof Number) {
            String text = ref.toString().strip();
            if (!text.isEmpty()) {
                return text;
            }
        }
        throw new IllegalArgumentException("The agile/moveToSprint body has an entry that is no issue key or id: "
                + issue + "; list keys, ids or issues with a key, " + EXAMPLE);
    }
}
