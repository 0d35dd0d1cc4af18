package io.github.jiracloud.camel.producer.issue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.ErrorMapper;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JiraResponse;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.error.JiraException;
import io.github.jiracloud.camel.producer.IssueFields;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Progress;
import org.apache.camel.Exchange;

/**
 * {@code issue/bulkCreate}: {@code POST /rest/api/3/issue/bulk} for a List (or array, Iterator, JSON array) of issue
 * bodies of any length, shaped as for issue/create, sent in requests of 50 (Jira's limit). Every element is shaped
 * before anything is sent, so bad input fails with nothing created.
 *
 * <p>Jira creates or refuses each element on its own. The result is the List of created {@code {id, key, self}} in
 * input order; each refused element is in the header {@code CamelJiraBulkErrors} with its index in the whole input,
 * so every index is either created or listed there. Refused elements are not an exception, even when all are. A
 * request that fails as a whole (401, 403, 5xx after retries, no answer) is thrown as its typed exception, after
 * putting on the message what was created before it, and an error entry for each element of that request and of the
 * requests not sent.
 */
public final class BulkCreateIssues implements JiraAction {

    /** Jira's most issues in one bulk request. */
    static final int CHUNK_SIZE = 50;
    private static final String PATH = "/rest/api/3/issue/bulk";

    private final JiraConfiguration configuration;

    public BulkCreateIssues(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        List<ObjectNode> updates = shaped(elements(exchange.getMessage().getBody()),
                IssueFields.of(configuration, client));
        BulkCreateOutcome outcome = new BulkCreateOutcome();
        Progress progress = new Progress("issue/bulkCreate", "issues", updates.size(),
                configuration.getProgressInterval());
        for (int start = 0; start < updates.size(); start += CHUNK_SIZE) {
            List<ObjectNode> chunk = updates.subList(start, Math.min(updates.size(), start + CHUNK_SIZE));
            try {
                send(exchange, client, start, chunk, outcome);
            } catch (JiraException e) {
                outcome.failed(start, chunk.size(), updates.size(), e);
                outcome.putOn(exchange);
                finish(exchange, progress);
                throw e;
            }
            progress.advance(chunk.size());
        }
        outcome.putOn(exchange);
        finish(exchange, progress);
    }

    /** Progress counts the elements Jira answered for, created or refused; at a failure, those before it. */
    private static void finish(Exchange exchange, Progress progress) {
        progress.putOn(exchange);
        progress.finish();
    }

    private static void send(Exchange exchange, JiraClient client, int start, List<ObjectNode> chunk,
            BulkCreateOutcome outcome) {
        ObjectNode body = JsonCodec.MAPPER.createObjectNode();
        body.putArray("issueUpdates").addAll(chunk);
        // Jira answers 400 when every element failed, still listing each element's errors.
        JiraRequest request = JiraRequest.post(PATH, body).withAnswerStatus(400);
        JiraResponse response = client.execute(request);
        exchange.getMessage().setHeader(JiraConstants.REQUEST_ID, response.requestId());
        Map<?, ?> result = response.hasBody() && JsonCodec.readValue(response.body()) instanceof Map<?, ?> map
                ? map
                : Map.of();
        List<?> issues = result.get("issues") instanceof List<?> list ? list : List.of();
        List<?> errors = result.get("errors") instanceof List<?> list ? list : List.of();
        if (!response.isSuccess() && errors.isEmpty()) {
            throw ErrorMapper.toException(request.method(), request.path(), response, null);
        }
        outcome.add(start, chunk.size(), issues, errors);
    }

    private List<ObjectNode> shaped(List<?> elements, IssueFields issueFields) {
        List<ObjectNode> updates = new ArrayList<>(elements.size());
        for (int index = 0; index < elements.size(); index++) {
            String what = "Element " + index + " of the issue/bulkCreate body";
            try {
                updates.add(issueFields.toCreateRequest(JsonCodec.toObjectCopy(elements.get(index), what),
                        configuration.getProject(), configuration.getIssueType()));
            } catch (IllegalArgumentException e) {
                throw e.getMessage().startsWith(what)
                        ? e
                        : new IllegalArgumentException(what + ": " + e.getMessage(), e);
            }
        }
        return updates;
    }

    /** The issues of the body: a List, array, Iterator or Iterable, a JSON array, or Jira's {issueUpdates: [...]}. */
    private static List<?> elements(Object body) {
        if (body instanceof String || body instanceof byte[] || body instanceof JsonNode
                || body instanceof InputStream) {
            JsonNode json = JsonCodec.toTree(body, "The issue/bulkCreate body");
            JsonNode array = json != null && json.isObject() ? json.path("issueUpdates") : json;
            if (array != null && array.isArray()) {
                List<JsonNode> items = new ArrayList<>();
                array.forEach(items::add);
                return items;
            }
        } else if (body instanceof Map<?, ?> map && map.get("issueUpdates") instanceof List<?> list) {
            return list;
        } else if (body instanceof List<?> list) {
            return list;
        } else if (body instanceof Iterable<?> iterable) {
            return drain(iterable.iterator());
        } else if (body instanceof Iterator<?> iterator) {
            return drain(iterator);
        } else if (body instanceof Object[] array) {
            return Arrays.asList(array);
        }
        throw new IllegalArgumentException("The issue/bulkCreate body must be a List of issues (Maps, JSON objects or "
                + "POJOs shaped as for issue/create), an array, an Iterator or a JSON array; was "
                + (body == null ? "empty" : body.getClass().getName()) + ". For one issue use issue/create");
    }

    private static List<Object> drain(Iterator<?> iterator) {
        List<Object> items = new ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }
}
