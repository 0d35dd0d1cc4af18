package io.github.jiracloud.camel.producer.issuelink;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.adf.Adf;
import io.github.jiracloud.camel.adf.TextFormat;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.IssueFields;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * {@code issueLink/create}: {@code POST /rest/api/3/issueLink}. The body is {@code {"type": "Blocks", "inwardIssue":
 * "OPS-1", "outwardIssue": "OPS-2", "comment": "text"}} ("OPS-1 blocks OPS-2") or Jira's own shape. Jira answers 201
 * without a body, so the new link is read back from the inward issue's {@code issuelinks}, as Atlassian advises; the
 * result is that link, its id also in {@code CamelJiraLinkId}.
 */
public final class CreateIssueLink implements JiraAction {

    private static final String EXAMPLE = "{\"type\": \"Blocks\", \"inwardIssue\": \"OPS-1\", \"outwardIssue\": "
            + "\"OPS-2\"}";
    private static final String HEADLINE_FIELDS = "issuelinks,summary,status,priority,issuetype";

    private final JiraConfiguration configuration;

    public CreateIssueLink(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        ObjectNode request = toRequest(exchange.getMessage().getBody(), configuration.textFormat());
        Results.call(exchange, client, JiraRequest.post("/rest/api/3/issueLink", request));
        Map<String, Object> link = readBack(exchange, client, request);
        exchange.getMessage().setHeader(JiraConstants.LINK_ID, link.get("id"));
        exchange.getMessage().setBody(link);
    }

    static ObjectNode toRequest(Object body, TextFormat format) {
        if (body == null || body instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException("The issueLink/create body is empty: send e.g. " + EXAMPLE);
        }
        ObjectNode request = JsonCodec.toObjectCopy(body, "The issueLink/create body");
        for (String required : List.of("type", "inwardIssue", "outwardIssue")) {
            if (!request.hasNonNull(required)) {
                throw new IllegalArgumentException("The issueLink/create body has no " + required + ": send e.g. "
                        + EXAMPLE + " (the inward issue blocks the outward one)");
            }
        }
        request.set("type", reference(request.get("type"), "name"));
        request.set("inwardIssue", reference(request.get("inwardIssue"), "key"));
        request.set("outwardIssue", reference(request.get("outwardIssue"), "key"));
        if (request.hasNonNull("comment")) {
            request.set("comment", comment(request.get("comment"), format));
        } else {
            request.remove("comment");
        }
        return request;
    }

    /** A bare value names the type or issue: digits are an id, anything else a name or key. */
    private static JsonNode reference(JsonNode value, String byName) {
        if (!value.isValueNode()) {
            return value;
        }
        String text = value.asText().strip();
        boolean isId = !text.isEmpty() && text.chars().allMatch(Character::isDigit);
        return JsonCodec.MAPPER.createObjectNode().put(isId ? "id" : byName, text);
    }

    /**
     * Text or an ADF document becomes {@code {"body": <ADF>}}; Jira's own {@code {"body": ..., "visibility": ...}}
     * keeps its visibility.
     */
    private static JsonNode comment(JsonNode value, TextFormat format) {
        ObjectNode comment = JsonCodec.MAPPER.createObjectNode();
        if (value.isTextual() || Adf.isDocument(value)) {
            return comment.set("body", IssueFields.richText(value, format));
        }
        if (value.isObject() && value.hasNonNull("body")) {
            comment.setAll((ObjectNode) value);
            return comment.set("body", IssueFields.richText(value.get("body"), format));
        }
        throw new IllegalArgumentException("The comment of issueLink/create must be text, an ADF document or "
                + "{\"body\": ...}");
    }

    /** The newest link of this type from the inward to the outward issue, in the shape issueLink/get answers. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> readBack(Exchange exchange, JiraClient client, ObjectNode request) {
        String inward = idOrKey(request.get("inwardIssue"));
        Map<String, Object> issue = (Map<String, Object>) Results.call(exchange, client, JiraRequest
                .get(PathTemplate.expand("/rest/api/3/issue/{issueIdOrKey}", inward))
                .withQuery("fields", HEADLINE_FIELDS));
        Map<String, Object> fields = (Map<String, Object>) issue.get("fields");
        Object links = fields == null ? null : fields.get("issuelinks");
        Optional<Map<String, Object>> found = (links instanceof List<?> list ? list : List.of()).stream()
                .map(link -> (Map<String, Object>) link)
                .filter(link -> names(link.get("outwardIssue"), request.get("outwardIssue"), "key")
                        && names(link.get("type"), request.get("type"), "name"))
                .max((a, b) -> Long.compare(number(a.get("id")), number(b.get("id"))));
        Map<String, Object> entry = found.orElseThrow(() -> new IllegalStateException("Jira created the link but "
                + inward + " does not list it in its issuelinks (removed meanwhile?)"));
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("id", entry.get("id"));
        link.put("self", entry.get("self"));
        link.put("type", entry.get("type"));
        link.put("inwardIssue", headline(issue, fields));
        link.put("outwardIssue", entry.get("outwardIssue"));
        return link;
    }

    private static Map<String, Object> headline(Map<String, Object> issue, Map<String, Object> fields) {
        Map<String, Object> headlineFields = new LinkedHashMap<>(fields);
        headlineFields.remove("issuelinks");
        Map<String, Object> headline = new LinkedHashMap<>();
        headline.put("id", issue.get("id"));
        headline.put("key", issue.get("key"));
        headline.put("self", issue.get("self"));
        headline.put("fields", headlineFields);
        return headline;
    }

    /** Whether Jira's object (an issue or link type) is the one the request named, by id or by key/name. */
    private static boolean names(Object answered, JsonNode asked, String byName) {
        if (!(answered instanceof Map<?, ?> object)) {
            return false;
        }
        if (asked.hasNonNull("id")) {
            return asked.get("id").asText().equals(String.valueOf(object.get("id")));
        }
        return asked.hasNonNull(byName) && asked.get(byName).asText().toUpperCase(Locale.ROOT)
                .equals(String.valueOf(object.get(byName)).toUpperCase(Locale.ROOT));
    }

    private static String idOrKey(JsonNode issue) {
        JsonNode value = issue.hasNonNull("key") ? issue.get("key") : issue.get("id");
        if (value == null) {
            throw new IllegalArgumentException("The inwardIssue of issueLink/create needs a key or an id");
        }
        return value.asText();
    }

    private static long number(Object id) {
        try {
            return Long.parseLong(String.valueOf(id));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
